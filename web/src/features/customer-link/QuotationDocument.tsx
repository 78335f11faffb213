import type { PublicQuotation } from '@kontor/domain/customer-links';
import { formatPercent, formatQuantity } from '@kontor/domain/sales-totals';
import { Divider, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';

/** The quotation as the printed one shows it: addresses, positions, totals per tax rate, terms. */
export function QuotationDocument({ quotation }: { quotation: PublicQuotation }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const money = (cents: number) => format.money(cents, quotation.currency);
  const hasDiscount = quotation.lines.some((line) => line.discountBasisPoints > 0);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('customerLink.recipient')}
          </Text>
          {quotation.recipientLines.map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
        </Stack>
        <Stack gap={2}>
          <Fact label={t('customerLink.number')} value={quotation.number} />
          {quotation.quotationDate && (
            <Fact label={t('customerLink.date')} value={format.date(quotation.quotationDate)} />
          )}
          {quotation.validUntil && (
            <Fact label={t('customerLink.validUntil')} value={format.date(quotation.validUntil)} />
          )}
          {quotation.contactName && <Fact label={t('customerLink.contact')} value={quotation.contactName} />}
        </Stack>
      </SimpleGrid>

      <Title order={2} size="h3">
        {t('customerLink.heading', { number: quotation.number })}
      </Title>
      {quotation.introText && <Text style={{ whiteSpace: 'pre-line' }}>{quotation.introText}</Text>}

      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customerLink.position')}</Table.Th>
              <Table.Th>{t('customerLink.description')}</Table.Th>
              <Table.Th ta="right">{t('customerLink.quantity')}</Table.Th>
              <Table.Th ta="right">{t('customerLink.unitPrice')}</Table.Th>
              {hasDiscount && <Table.Th ta="right">{t('customerLink.discount')}</Table.Th>}
              <Table.Th ta="right">{t('customerLink.taxRate')}</Table.Th>
              <Table.Th ta="right">{t('customerLink.net')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quotation.lines.map((line) => (
              <Table.Tr key={line.position}>
                <Table.Td>{line.position}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{line.description}</Table.Td>
                <Table.Td ta="right">
                  {formatQuantity(line.quantityMilli, language)} {line.unit}
                </Table.Td>
                <Table.Td ta="right">{money(line.unitPriceCents)}</Table.Td>
                {hasDiscount && (
                  <Table.Td ta="right">
                    {line.discountBasisPoints > 0
                      ? `${formatPercent(line.discountBasisPoints, language)} %`
                      : ''}
                  </Table.Td>
                )}
                <Table.Td ta="right">{line.taxRate} %</Table.Td>
                <Table.Td ta="right">{money(line.netCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Stack gap={4} ml="auto" miw={280} data-testid="quotation-totals">
        <Total label={t('customerLink.netTotal')} value={money(quotation.totals.netCents)} />
        {quotation.totals.byRate
          .filter((rate) => rate.rate > 0)
          .map((rate) => (
            <Total
              key={rate.rate}
              label={t('customerLink.vat', { rate: rate.rate, base: money(rate.netCents) })}
              value={money(rate.taxCents)}
            />
          ))}
        <Divider />
        <Total label={t('customerLink.grossTotal')} value={money(quotation.totals.grossCents)} strong />
      </Stack>

      {quotation.terms && <Text style={{ whiteSpace: 'pre-line' }}>{quotation.terms}</Text>}
      {quotation.paymentTerms && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
          {quotation.paymentTerms}
        </Text>
      )}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed" w={140}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}

function Total({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="xl">
      <Text size="sm" fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : undefined}>
        {value}
      </Text>
    </Group>
  );
}
