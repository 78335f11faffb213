import type { SalesOrderDetail } from '@kontor/domain/sales-orders';
import { Alert, Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { changedFields } from '../../ui/changedFields';
import { PageHeader } from '../../ui/PageHeader';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { DocumentNotFound } from '../quotations/DocumentNotFound';
import { documentValues, orderPayload } from '../quotations/documentForm';
import { editorPathOf } from '../quotations/lineItems';
import { useRefusalText } from '../quotations/refusals';
import { SalesDocumentForm, useDocumentForm, useLanguage } from '../quotations/SalesDocumentForm';
import { useVersionedEdit } from '../quotations/useVersionedEdit';
import { useSalesOrder, useUpdateSalesOrder } from './api';
import { OrderDates } from './OrderDates';

export function EditSalesOrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const order = useSalesOrder(id);
  const refusal = useRefusalText('salesOrders');
  if (order.isPending) return <TableSkeleton rows={8} />;
  if (order.isError) {
    if (order.error instanceof ApiError && order.error.status === 404)
      return (
        <DocumentNotFound
          title={t('salesOrders.notFoundTitle')}
          text={t('salesOrders.notFoundText')}
          listPath="/orders"
          backLabel={t('salesOrders.backToList')}
        />
      );
    return <ErrorState error={order.error} onRetry={() => order.refetch()} />;
  }
  const edit = order.data.allowedActions.edit;
  if (!edit?.ok) {
    return (
      <Alert color="orange" title={t('salesOrders.notEditableTitle')} role="alert">
        {refusal('edit', edit)}{' '}
        <Anchor component={Link} to={`/orders/${encodeURIComponent(id)}`} size="sm">
          {t('salesOrders.backToOrder')}
        </Anchor>
      </Alert>
    );
  }
  return <EditForm key={id} order={order.data} reload={async () => (await order.refetch()).data} />;
}

function EditForm({
  order,
  reload,
}: {
  order: SalesOrderDetail;
  reload: () => Promise<SalesOrderDetail | undefined>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguage();
  const form = useDocumentForm(documentValues(order, language), 'order');
  const update = useUpdateSalesOrder(order.id);
  const { base, conflict, setConflict, reloadLatest } = useVersionedEdit(order, form, reload, (latest) =>
    documentValues(latest, language),
  );
  const detailPath = `/orders/${encodeURIComponent(order.id)}`;

  return (
    <>
      <PageHeader title={t('salesOrders.editTitle', { number: base.number })} />
      <SalesDocumentForm
        key={base.version}
        form={form}
        kind="order"
        initialCustomer={
          base.organizationId && base.organizationName
            ? { id: base.organizationId, name: base.organizationName }
            : null
        }
        initialContact={
          base.contactId && base.contactName ? { id: base.contactId, name: base.contactName } : null
        }
        dates={<OrderDates form={form} creating={false} />}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(values, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            orderPayload(documentValues(base, language), language, false),
            orderPayload(values, language, false),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error)
                  ? setConflict(true)
                  : showSubmitError(error, form, t, (path) => editorPathOf(path, values.lines)),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({
                  color: 'teal',
                  message: t('salesOrders.saved', { number: saved.number }),
                });
                navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
