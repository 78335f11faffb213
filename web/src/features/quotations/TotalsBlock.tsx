import type { documentTotalsSchema } from '@kontor/domain/sales-documents';
import { Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormat } from '../../ui/format';

/** Totals as documentTotals computes them and the API returns them. */
export type ShownTotals = z.infer<typeof documentTotalsSchema>;

/**
 * Net, VAT per rate ("zzgl. 19 % USt. auf …") and gross of a quotation or order, laid out as the
 * PDF prints them; the numbers come from documentTotals, so screen, server and PDF agree.
 */
export function TotalsBlock({ totals, currency = 'EUR' }: { totals: ShownTotals; currency?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (cents: number) => format.money(cents, currency);
  return (
    <Stack gap={4} ml="auto" miw={300} data-testid="document-totals" aria-live="polite">
      <Total label={t('lineItems.netTotal')} value={money(totals.netCents)} testId="total-net" />
      {totals.byRate
        .filter((rate) => rate.rate > 0)
        .map((rate) => (
          <Total
            key={rate.rate}
            label={t('lineItems.vat', { rate: rate.rate, base: money(rate.netCents) })}
            value={money(rate.taxCents)}
            testId={`total-vat-${rate.rate}`}
          />
        ))}
      <Divider />
      <Total label={t('lineItems.grossTotal')} value={money(totals.grossCents)} testId="total-gross" strong />
    </Stack>
  );
}

function Total({
  label,
  value,
  testId,
  strong = false,
}: {
  label: string;
  value: string;
  testId: string;
  strong?: boolean;
}) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap" data-testid={testId}>
      <Text size="sm" fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Group>
  );
}
