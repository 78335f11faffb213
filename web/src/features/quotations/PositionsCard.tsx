import type { DocumentLine } from '@kontor/domain/sales-documents';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoCard } from '../../ui/DetailParts';
import { LinesTable } from './LinesTable';
import { type ShownTotals, TotalsBlock } from './TotalsBlock';

/** The positions and totals of a document on its detail page, read only. */
export function PositionsCard({
  lines,
  totals,
  currency,
}: {
  lines: DocumentLine[];
  totals: ShownTotals;
  currency: string;
}) {
  const { t } = useTranslation();
  return (
    <InfoCard title={t('lineItems.title')}>
      <Stack gap="md">
        <LinesTable lines={lines} currency={currency} />
        <TotalsBlock totals={totals} currency={currency} />
      </Stack>
    </InfoCard>
  );
}
