import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../ui/FormSection';
import type { CompanyProfileForm } from './useCompanyProfileForm';

/** The profile's fields in cards: as printed in the letterhead, the footer, and the defaults. */
export function CompanyProfileFields({ form }: { form: CompanyProfileForm }) {
  const { t } = useTranslation();
  const label = (field: string) => t(`companyProfile.fields.${field}`);
  const text = (field: string, props: Record<string, unknown> = {}) => (
    <TextInput label={label(field)} {...props} {...form.getInputProps(field)} />
  );
  return (
    <>
      <FormSection title={t('companyProfile.sections.company')}>
        {text('name', {
          required: true,
          'data-autofocus': true,
          autoComplete: 'organization',
          maxLength: 200,
        })}
        {text('nameAddition', { description: t('companyProfile.hints.nameAddition'), maxLength: 200 })}
        {text('street', { autoComplete: 'address-line1', maxLength: 120 })}
        {text('houseNumber', { maxLength: 20 })}
        {text('postalCode', { autoComplete: 'postal-code', maxLength: 12 })}
        {text('city', { autoComplete: 'address-level2', maxLength: 100 })}
        {text('countryCode', { description: t('address.countryCodeHint'), maxLength: 2 })}
      </FormSection>
      <FormSection title={t('companyProfile.sections.contact')}>
        {text('phone', { type: 'tel', maxLength: 40 })}
        {text('email', { type: 'email', maxLength: 254 })}
        {text('website', { placeholder: 'www.example.de', maxLength: 300 })}
      </FormSection>
      <FormSection title={t('companyProfile.sections.legal')}>
        {text('vatId', { placeholder: 'DE123456789', maxLength: 20 })}
        {text('taxNumber', { placeholder: '143/123/45678', maxLength: 30 })}
        {text('registerCourt', { placeholder: t('companyProfile.hints.registerCourt'), maxLength: 120 })}
        {text('registerNumber', { placeholder: 'HRB 123456', maxLength: 40 })}
        {text('managingDirectors', {
          description: t('companyProfile.hints.managingDirectors'),
          maxLength: 300,
        })}
      </FormSection>
      <FormSection title={t('companyProfile.sections.bank')}>
        {text('bankName', { maxLength: 120 })}
        {text('iban', { placeholder: 'DE89 3704 0044 0532 0130 00', maxLength: 42 })}
        {text('bic', { placeholder: 'COBADEFFXXX', maxLength: 15 })}
      </FormSection>
      <FormSection title={t('companyProfile.sections.defaults')}>
        <NumberInput
          label={label('quotationValidityDays')}
          description={t('companyProfile.hints.quotationValidityDays')}
          min={1}
          max={365}
          allowDecimal={false}
          required
          {...form.getInputProps('quotationValidityDays')}
        />
        <div />
        <Textarea
          label={label('paymentTerms')}
          description={t('companyProfile.hints.paymentTerms')}
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps('paymentTerms')}
        />
        <Textarea
          label={label('quotationTerms')}
          description={t('companyProfile.hints.quotationTerms')}
          autosize
          minRows={3}
          maxLength={4000}
          {...form.getInputProps('quotationTerms')}
        />
      </FormSection>
    </>
  );
}
