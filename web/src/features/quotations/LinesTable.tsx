import type { DocumentLine } from '@kontor/domain/sales-documents';
import { formatPercent, formatQuantity } from '@kontor/domain/sales-totals';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';

/** The positions of a submitted quotation or a booked order: read only, as printed. */
export function LinesTable({ lines, currency = 'EUR' }: { lines: DocumentLine[]; currency?: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const money = (cents: number) => format.money(cents, currency);
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('lineItems.none')}
      </Text>
    );
  }
  const hasDiscount = lines.some((line) => line.discountBasisPoints > 0);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('lineItems.position')}</Table.Th>
            <Table.Th>{t('lineItems.description')}</Table.Th>
            <Table.Th ta="right">{t('lineItems.quantity')}</Table.Th>
            <Table.Th ta="right">{t('lineItems.unitPrice')}</Table.Th>
            {hasDiscount && <Table.Th ta="right">{t('lineItems.discount')}</Table.Th>}
            <Table.Th ta="right">{t('lineItems.taxRate')}</Table.Th>
            <Table.Th ta="right">{t('lineItems.net')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>{line.position}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {line.description}
              </Table.Td>
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
  );
}
