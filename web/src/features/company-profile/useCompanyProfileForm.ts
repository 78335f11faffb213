import type { CompanyProfile } from '@kontor/domain/company-profile';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useValidators } from '../../ui/validators';
import { type CompanyProfileValues, initialValues, numberChecks } from './profileForm';

export type CompanyProfileForm = UseFormReturnType<CompanyProfileValues>;

/** The form with its checks and messages in the user's language. */
export function useCompanyProfileForm(profile: CompanyProfile): CompanyProfileForm {
  const { t } = useTranslation();
  const validators = useValidators();
  const check =
    <V>(ok: (value: V) => boolean, message: string) =>
    (value: V) =>
      ok(value) ? null : t(message);
  return useForm<CompanyProfileValues>({
    initialValues: initialValues(profile),
    validate: {
      name: validators.required,
      email: (value) => (value.trim() === '' ? null : validators.email(value)),
      countryCode: check(numberChecks.countryCode, 'companyProfile.validation.countryCode'),
      vatId: check(numberChecks.vatId, 'companyProfile.validation.vatId'),
      iban: check(numberChecks.iban, 'companyProfile.validation.iban'),
      bic: check(numberChecks.bic, 'companyProfile.validation.bic'),
      quotationValidityDays: check(
        numberChecks.quotationValidityDays,
        'companyProfile.validation.validityDays',
      ),
    },
  });
}
