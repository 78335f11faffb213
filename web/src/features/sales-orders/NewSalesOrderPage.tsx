import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { newDocumentValues, orderPayload } from '../quotations/documentForm';
import { editorPathOf } from '../quotations/lineItems';
import { SalesDocumentForm, useDocumentForm, useLanguage } from '../quotations/SalesDocumentForm';
import { useCreateSalesOrder } from './api';
import { OrderDates } from './OrderDates';

/** An order entered directly, without a quotation (S4); it starts as a draft to be booked. */
export function NewSalesOrderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const language = useLanguage();
  const form = useDocumentForm(newDocumentValues(language), 'order');
  const create = useCreateSalesOrder();
  const cancel = () => (location.key === 'default' ? navigate('/orders') : navigate(-1));

  return (
    <>
      <PageHeader title={t('salesOrders.newTitle')} />
      <SalesDocumentForm
        form={form}
        kind="order"
        initialCustomer={null}
        initialContact={null}
        dates={<OrderDates form={form} creating />}
        submitLabel={t('salesOrders.saveDraft')}
        pending={create.isPending}
        onCancel={cancel}
        onSubmit={(values, markSaved) =>
          create.mutate(orderPayload(values, language, true), {
            onError: (error) => showSubmitError(error, form, t, (path) => editorPathOf(path, values.lines)),
            onSuccess: (created) => {
              markSaved();
              notifications.show({
                color: 'teal',
                message: t('salesOrders.created', { number: created.number }),
              });
              navigate(`/orders/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}
