import { ROLE_KEYS } from '@kontor/domain/permissions';
import { useTranslation } from 'react-i18next';

/** Role choices for selects, labelled in the user's language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return ROLE_KEYS.map((key) => ({ value: key, label: t(`roles.${key}`) }));
}
