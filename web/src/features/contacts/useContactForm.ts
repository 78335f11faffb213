import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { parseDateInput, useDateValidator } from '../../ui/DateField';
import { useValidators } from '../../ui/validators';
import type { ContactForm, ContactFormValues } from './contactFormValues';

/** The form of a contact's fields, with its validation. */
export function useContactForm(values: ContactFormValues): ContactForm {
  const { t } = useTranslation();
  const validators = useValidators();
  const date = useDateValidator();
  return useForm<ContactFormValues>({
    initialValues: values,
    validate: {
      lastName: validators.required,
      birthday: date,
      emails: { address: (value) => (value.trim() === '' ? null : validators.email(value)) },
      employments: {
        organizationId: (value) => (value ? null : t('contacts.validation.organization')),
        startDate: date,
        endDate: (value, all, path) => {
          const invalid = date(value);
          if (invalid) return invalid;
          const index = Number(path.split('.')[1]);
          const start = parseDateInput(all.employments[index]?.startDate ?? '');
          const end = parseDateInput(value);
          return start && end && end < start ? t('contacts.validation.endBeforeStart') : null;
        },
      },
      addresses: {
        countryCode: (value) =>
          /^[A-Za-z]{2}$/.test(value.trim()) ? null : t('organizations.validation.countryCode'),
      },
    },
  });
}
