import { SALES_ORDER, type SalesOrder } from '@kontor/domain/sales-orders';
import { Button } from '@mantine/core';
import { IconPlus, IconShoppingCart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { OrderStatusBadge } from '../quotations/StatusBadge';
import { fetchSalesOrdersPage, ORDERS_API, salesOrdersKey } from './api';

/** Every sales order the user may see (S4): from quotations and entered directly. */
export function SalesOrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = usePermission('orders.write');
  const canDelete = usePermission('orders.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/orders/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('salesOrders.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('salesOrders.title')}
        description={t('salesOrders.description')}
        actions={newButton}
      />
      <RecordList<SalesOrder>
        record={SALES_ORDER}
        queryKey={salesOrdersKey}
        fetchPage={fetchSalesOrdersPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.number}
        apiPath={ORDERS_API}
        // Only drafts can be deleted (the server refuses booked ones); orders have no other bulk action.
        bulk={{ write: canWrite, delete: canDelete, actions: ['delete'] }}
        rowHref={(row) => `/orders/${encodeURIComponent(row.id)}`}
        cells={{
          status: (row) => <OrderStatusBadge status={row.status} />,
          net: (row) => format.money(row.netCents, row.currency),
          gross: (row) => format.money(row.grossCents, row.currency),
        }}
        empty={{
          icon: <IconShoppingCart aria-hidden />,
          title: t('salesOrders.emptyTitle'),
          description: t('salesOrders.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/orders/new') : undefined}
      />
    </>
  );
}
