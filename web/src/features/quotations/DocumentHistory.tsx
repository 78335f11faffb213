import { type FieldDef, fieldOf, type RecordTypeDef } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FieldHistory } from '../../ui/FieldHistory';
import { ErrorState, TableSkeleton } from '../../ui/states';

const textField = (key: string, label: string): FieldDef => ({
  key,
  kind: 'text',
  label: { de: label, en: label },
});

/** The history tab of a quotation or order: its header fields' changes, the totals in money. */
export function DocumentHistory({
  record,
  history,
}: {
  record: RecordTypeDef;
  history: UseQueryResult<FieldChange[]>;
}) {
  const { t } = useTranslation();
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  return (
    <FieldHistory
      record={record}
      items={history.data}
      extraFields={{
        netCents: fieldOf(record, 'net') as FieldDef,
        grossCents: fieldOf(record, 'gross') as FieldDef,
        introText: textField('introText', t('salesDocuments.introText')),
        terms: textField('terms', t('salesDocuments.terms')),
        paymentTerms: textField('paymentTerms', t('salesDocuments.paymentTerms')),
        billingAddress: textField('billingAddress', t('salesDocuments.billingAddress')),
        shippingAddress: textField('shippingAddress', t('salesDocuments.shippingAddress')),
      }}
      describeValue={(field, value) => {
        // Stored addresses are blocks of lines; the history shows them on one line.
        if ((field === 'billingAddress' || field === 'shippingAddress') && value && typeof value === 'object')
          return Object.values(value).filter(Boolean).join(', ');
        return undefined;
      }}
    />
  );
}
