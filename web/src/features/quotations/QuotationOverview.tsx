import type { QuotationDetail } from '@kontor/domain/quotations';
import { orderStatusSchema } from '@kontor/domain/sales-status';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { PositionsCard } from './PositionsCard';
import { PrintedTexts } from './PrintedTexts';
import { OrderStatusBadge } from './StatusBadge';
import { VersionsCard } from './VersionsCard';

/** The overview tab of a quotation: positions and totals, versions, outcome, printed texts. */
export function QuotationOverview({ quotation }: { quotation: QuotationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lost = quotation.status === 'lost';
  const orderStatus = orderStatusSchema.safeParse(quotation.order?.status);

  return (
    <Stack gap="lg">
      <PositionsCard lines={quotation.lines} totals={quotation.totals} currency={quotation.currency} />
      {quotation.order && (
        <InfoCard title={t('quotations.order.title')}>
          <Text size="sm">
            {t('quotations.order.text')}{' '}
            <Anchor component={Link} to={`/orders/${encodeURIComponent(quotation.order.id)}`} size="sm">
              {quotation.order.number}
            </Anchor>{' '}
            {orderStatus.success && <OrderStatusBadge status={orderStatus.data} />}
          </Text>
        </InfoCard>
      )}
      {lost && (
        <InfoCard title={t('quotations.lost.outcome')}>
          <FactList
            facts={[
              {
                label: t('quotations.lost.reasons'),
                value: quotation.lostReasons.map((r) => r.name).join(', ') || '–',
              },
              {
                label: t('quotations.lost.competitors'),
                value: quotation.competitors.map((c) => c.name).join(', ') || '–',
              },
              { label: t('quotations.lost.note'), value: quotation.lostNote ?? '–' },
              {
                label: t('quotations.lost.at'),
                value: quotation.lostAt ? format.dateTime(quotation.lostAt) : '–',
              },
            ]}
          />
        </InfoCard>
      )}
      <VersionsCard quotation={quotation} />
      <PrintedTexts {...quotation} />
      <InfoCard title={t('salesDocuments.sections.record')}>
        <FactList
          facts={[
            {
              label: t('quotations.quotationDate'),
              value: quotation.quotationDate
                ? format.date(quotation.quotationDate)
                : t('quotations.notSubmitted'),
            },
            {
              label: t('quotations.validUntil'),
              value: quotation.validUntil ? format.date(quotation.validUntil) : '–',
            },
            { label: t('salesDocuments.owner'), value: quotation.ownerName ?? '–' },
            { label: t('salesDocuments.createdAt'), value: format.dateTime(quotation.createdAt) },
            { label: t('salesDocuments.updatedAt'), value: format.dateTime(quotation.updatedAt) },
          ]}
        />
      </InfoCard>
    </Stack>
  );
}
