import type { OrderAction, SalesOrderDetail } from '@kontor/domain/sales-orders';
import { notifications } from '@mantine/notifications';
import {
  IconBan,
  IconCircleCheck,
  IconDownload,
  IconPencil,
  IconShoppingCartCheck,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeleteConfirm } from '../../ui/DeleteConfirm';
import { usePageKey } from '../../ui/keyboard';
import { notifyError } from '../../ui/problems';
import { usePermission } from '../../ui/session';
import { type DocumentAction, DocumentActionBar } from '../quotations/DocumentActionBar';
import { useRefusalText } from '../quotations/refusals';
import { salesOrderPdfUrl, useDeleteSalesOrder, useSalesOrderAction } from './api';

/** What an order's page offers now, per its allowed actions and the user's permissions. */
export function SalesOrderActions({ order }: { order: SalesOrderDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refusal = useRefusalText('salesOrders');
  const canWrite = usePermission('orders.write');
  const canDelete = usePermission('orders.delete');
  const act = useSalesOrderAction(order.id);
  const remove = useDeleteSalesOrder(order.id);
  const [deleting, setDeleting] = useState(false);
  const editPath = `/orders/${encodeURIComponent(order.id)}/edit`;

  const why = (action: OrderAction): string | null => {
    if (!canWrite) return t('salesOrders.noWritePermission');
    const verdict = order.allowedActions[action];
    return verdict?.ok ? null : refusal(action, verdict);
  };
  const run = (action: 'book' | 'complete' | 'cancel') =>
    act.mutate(
      { action, version: order.version },
      {
        onError: (error) => notifyError(error, t),
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t(`salesOrders.done.${action}`, { number: saved.number }),
          }),
      },
    );

  usePageKey('e', why('edit') === null ? () => navigate(editPath) : undefined);

  const actions: DocumentAction[] = [
    {
      key: 'edit',
      label: t('salesDocuments.edit'),
      icon: <IconPencil size={18} aria-hidden />,
      refusal: why('edit'),
      to: editPath,
    },
    {
      key: 'book',
      label: t('salesOrders.actions.book'),
      icon: <IconShoppingCartCheck size={18} aria-hidden />,
      refusal: why('book'),
      primary: order.status === 'draft',
      run: () => run('book'),
      confirm: {
        title: t('salesOrders.confirm.bookTitle'),
        message: t('salesOrders.confirm.bookText', { number: order.number }),
        confirmLabel: t('salesOrders.actions.book'),
      },
    },
    {
      key: 'complete',
      label: t('salesOrders.actions.complete'),
      icon: <IconCircleCheck size={18} aria-hidden />,
      refusal: why('complete'),
      primary: order.status === 'booked',
      run: () => run('complete'),
      confirm: {
        title: t('salesOrders.confirm.completeTitle'),
        message: t('salesOrders.confirm.completeText', { number: order.number }),
        confirmLabel: t('salesOrders.actions.complete'),
      },
    },
    {
      key: 'cancel',
      label: t('salesOrders.actions.cancel'),
      icon: <IconBan size={18} aria-hidden />,
      refusal: why('cancel'),
      color: 'red',
      run: () => run('cancel'),
      confirm: {
        title: t('salesOrders.confirm.cancelTitle'),
        message: t('salesOrders.confirm.cancelText', { number: order.number }),
        confirmLabel: t('salesOrders.actions.cancel'),
      },
    },
    {
      key: 'pdf',
      label: t('salesOrders.actions.pdf'),
      icon: <IconDownload size={18} aria-hidden />,
      refusal: null,
      href: salesOrderPdfUrl(order.id),
    },
  ];
  // Only a draft can be deleted; a booked order is cancelled instead.
  if (order.status === 'draft') {
    actions.push({
      key: 'delete',
      label: t('common.delete'),
      icon: <IconTrash size={18} aria-hidden />,
      refusal: canDelete ? null : t('salesOrders.noDeletePermission'),
      color: 'red',
      run: () => setDeleting(true),
    });
  }

  return (
    <>
      <DocumentActionBar actions={actions} pending={act.isPending ? (act.variables?.action ?? null) : null} />
      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('salesOrders.deleteTitle')}
        message={t('salesOrders.deleteText', { number: order.number })}
        deletedMessage={t('salesOrders.deleted', { number: order.number })}
        listPath="/orders"
      />
    </>
  );
}
