import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import type { DocumentForm } from '../quotations/SalesDocumentForm';

/** The order's own fields: order date (empty on a new one = today), delivery date, the customer's order number. */
export function OrderDates({ form, creating }: { form: DocumentForm; creating: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <DateField
        label={t('salesOrders.orderDate')}
        description={creating ? t('salesOrders.orderDateHint') : undefined}
        {...form.getInputProps('orderDate')}
      />
      <DateField label={t('salesOrders.deliveryDate')} {...form.getInputProps('deliveryDate')} />
      <TextInput
        label={t('salesOrders.customerReference')}
        description={t('salesOrders.customerReferenceHint')}
        maxLength={100}
        {...form.getInputProps('customerReference')}
      />
    </>
  );
}
