import { SALES_ORDER, type SalesOrderDetail } from '@kontor/domain/sales-orders';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { BackLink } from '../../ui/BackLink';
import { DetailSkeleton, InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { ErrorState } from '../../ui/states';
import { DocumentHistory } from '../quotations/DocumentHistory';
import { DocumentNotFound } from '../quotations/DocumentNotFound';
import { DocumentTabs } from '../quotations/DocumentTabs';
import { PositionsCard } from '../quotations/PositionsCard';
import { PrintedTexts } from '../quotations/PrintedTexts';
import { useSalesOrder, useSalesOrderHistory } from './api';
import { SalesOrderActions } from './SalesOrderActions';
import { SalesOrderHeader } from './SalesOrderHeader';

export function SalesOrderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const order = useSalesOrder(id);
  if (order.isPending) return <DetailSkeleton />;
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
  return <SalesOrderDetailView key={id} order={order.data} />;
}

function SalesOrderDetailView({ order }: { order: SalesOrderDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <BackLink to="/orders" label={t('salesOrders.backToList')} />
      <SalesOrderHeader order={order}>
        <SalesOrderActions order={order} />
      </SalesOrderHeader>
      <DocumentTabs
        recordType="order"
        recordId={order.id}
        recordName={order.number}
        overview={<SalesOrderOverview order={order} />}
        history={<SalesOrderHistory id={order.id} />}
      />
    </Stack>
  );
}

function SalesOrderOverview({ order }: { order: SalesOrderDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : '–');
  return (
    <Stack gap="lg">
      <PositionsCard lines={order.lines} totals={order.totals} currency={order.currency} />
      <PrintedTexts {...order} />
      <InfoCard title={t('salesDocuments.sections.record')}>
        <FactList
          facts={[
            {
              label: t('salesOrders.orderDate'),
              value: order.orderDate ? format.date(order.orderDate) : '–',
            },
            {
              label: t('salesOrders.deliveryDate'),
              value: order.deliveryDate ? format.date(order.deliveryDate) : '–',
            },
            { label: t('salesOrders.customerReference'), value: order.customerReference ?? '–' },
            { label: t('salesDocuments.owner'), value: order.ownerName ?? '–' },
            { label: t('salesOrders.bookedAt'), value: when(order.bookedAt) },
            { label: t('salesOrders.completedAt'), value: when(order.completedAt) },
            { label: t('salesOrders.cancelledAt'), value: when(order.cancelledAt) },
            { label: t('salesDocuments.createdAt'), value: format.dateTime(order.createdAt) },
          ]}
        />
      </InfoCard>
    </Stack>
  );
}

/** Mounted only while its tab is open, so the history loads when asked for. */
function SalesOrderHistory({ id }: { id: string }) {
  return <DocumentHistory record={SALES_ORDER} history={useSalesOrderHistory(id)} />;
}
