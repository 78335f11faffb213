import type { CardStatus, VcardImportResult } from '@kontor/domain/vcard';
import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const STATUS_COLORS: Record<CardStatus, string> = {
  created: 'teal',
  updated: 'blue',
  skipped: 'gray',
  failed: 'red',
};

/** One row per card: where it is in the file, whom it names, what became of it and why. */
export function VcardResultTable({ result }: { result: VcardImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} role="status">
        {result.dryRun && `${t('vcard.dryRunResult')} `}
        {t('vcard.summary', result.counts)}
      </Text>
      <Table.ScrollContainer minWidth={560} maxHeight={360}>
        <Table striped stickyHeader verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vcard.columns.index')}</Table.Th>
              <Table.Th>{t('vcard.columns.line')}</Table.Th>
              <Table.Th>{t('vcard.columns.name')}</Table.Th>
              <Table.Th miw={150}>{t('vcard.columns.status')}</Table.Th>
              <Table.Th>{t('vcard.columns.messages')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.results.map((card) => (
              <Table.Tr key={card.index}>
                <Table.Td>{card.index}</Table.Td>
                <Table.Td>{card.line}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {card.contactId && !result.dryRun ? (
                    <Anchor component={Link} to={`/contacts/${encodeURIComponent(card.contactId)}`} size="sm">
                      {card.name}
                    </Anchor>
                  ) : (
                    card.name
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[card.status]} variant="light" tt="none">
                    {t(`vcard.status.${card.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {card.messages.map((message) => (
                    <Text key={message} size="sm">
                      {message}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
