import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import type { DocumentForm } from './SalesDocumentForm';

/** The quotation's own date: "gültig bis"; left empty on a new one, the company's default applies. */
export function QuotationDates({ form, creating }: { form: DocumentForm; creating: boolean }) {
  const { t } = useTranslation();
  return (
    <DateField
      label={t('quotations.validUntil')}
      description={creating ? t('quotations.validUntilHint') : undefined}
      {...form.getInputProps('validUntil')}
    />
  );
}
