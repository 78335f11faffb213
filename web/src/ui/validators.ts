import { PASSWORD_MIN_LENGTH } from '@kontor/domain/users';
import { useTranslation } from 'react-i18next';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Field validators for Mantine forms, with messages in the user's language. */
export function useValidators() {
  const { t } = useTranslation();
  return {
    required: (value: string) => (value.trim() ? null : t('validation.required')),
    email: (value: string) => (EMAIL_PATTERN.test(value.trim()) ? null : t('validation.email')),
    password: (value: string) =>
      value.length >= PASSWORD_MIN_LENGTH ? null : t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH }),
    optionalPassword: (value: string) =>
      value === '' || value.length >= PASSWORD_MIN_LENGTH
        ? null
        : t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH }),
    matches: (other: string) => (value: string) => (value === other ? null : t('validation.passwordMatch')),
  };
}
