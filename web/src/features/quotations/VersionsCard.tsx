import type { QuotationDetail } from '@kontor/domain/quotations';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InfoCard } from '../../ui/DetailParts';
import { useFormat } from '../../ui/format';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useQuotationVersions } from './api';
import { QuotationStatusBadge } from './StatusBadge';

/**
 * All versions of the quotation's number: older ones stay readable (superseded), only the newest
 * can be ordered or lost. The one on screen is marked.
 */
export function VersionsCard({ quotation }: { quotation: QuotationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useQuotationVersions(quotation.number);

  return (
    <InfoCard title={t('quotations.versions.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('quotations.versions.hint')}
        </Text>
        {versions.isPending ? (
          <TableSkeleton rows={2} />
        ) : versions.isError ? (
          <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
        ) : (
          <Table verticalSpacing="xs" data-testid="quotation-versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quotations.versions.version')}</Table.Th>
                <Table.Th>{t('quotations.versions.status')}</Table.Th>
                <Table.Th>{t('quotations.versions.date')}</Table.Th>
                <Table.Th ta="right">{t('lineItems.grossTotal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.data.map((version) => {
                const current = version.id === quotation.id;
                return (
                  <Table.Tr key={version.id} data-testid={`version-${version.revision}`}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        {current ? (
                          <Text size="sm" fw={700} aria-current="page">
                            {version.label}
                          </Text>
                        ) : (
                          <Anchor
                            component={Link}
                            to={`/quotations/${encodeURIComponent(version.id)}`}
                            size="sm"
                          >
                            {version.label}
                          </Anchor>
                        )}
                        {current && (
                          <Text size="xs" c="dimmed">
                            {t('quotations.versions.current')}
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <QuotationStatusBadge status={version.status} />
                    </Table.Td>
                    <Table.Td>{format.date(version.quotationDate ?? version.createdAt)}</Table.Td>
                    <Table.Td ta="right">{format.money(version.grossCents, version.currency)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </InfoCard>
  );
}
