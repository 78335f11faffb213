import { IMPORT_FIELDS, type Mapping } from '@kontor/domain/imports/fields';
import { rowErrorText } from '@kontor/domain/imports/messages';
import { convertRow } from '@kontor/domain/imports/rows';
import type { Upload } from '@kontor/domain/imports/schemas';
import { Badge, Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../ui/fieldFormat';

/**
 * The first rows as the chosen mapping reads them, checked by the same domain rules the server
 * applies: cells with a problem are marked and say why; unmapped columns are left out.
 */
export function PreviewTable({ upload, mapping }: { upload: Upload; mapping: Mapping }) {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const columns = mapping.flatMap((field, column) => (field ? [{ field, column }] : []));
  const fieldLabel = (key: string) => {
    const field = IMPORT_FIELDS[upload.type].find((candidate) => candidate.key === key);
    return field ? label(field.label) : key;
  };

  if (columns.length === 0) return <Text c="dimmed">{t('imports.nothingMapped')}</Text>;

  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={Math.max(480, columns.length * 140)}>
        <Table verticalSpacing="xs" horizontalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.row')}</Table.Th>
              <Table.Th>{t('imports.status')}</Table.Th>
              {columns.map(({ field, column }) => (
                <Table.Th key={column}>{fieldLabel(field)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {upload.sampleRows.map((row) => {
              const converted = convertRow(upload.type, mapping, row.cells);
              const rowProblems = converted.errors.filter((error) => error.column === null);
              return (
                <Table.Tr key={row.rowNumber}>
                  <Table.Td>{row.rowNumber}</Table.Td>
                  <Table.Td>
                    {converted.errors.length === 0 ? (
                      <Badge color="teal.9" variant="outline">
                        {t('imports.rowOk')}
                      </Badge>
                    ) : (
                      <Badge color="red.9" variant="outline">
                        {t('imports.rowErrors', { count: converted.errors.length })}
                      </Badge>
                    )}
                    {rowProblems.map((error) => (
                      <Text key={error.field} size="xs" c="red.9">
                        {fieldLabel(error.field)}: {rowErrorText(error, language)}
                      </Text>
                    ))}
                  </Table.Td>
                  {columns.map(({ column }) => {
                    const error = converted.errors.find((candidate) => candidate.column === column);
                    return (
                      <Table.Td key={column} bg={error ? 'var(--mantine-color-red-light)' : undefined}>
                        <Text size="sm" lineClamp={2}>
                          {row.cells[column] ?? ''}
                        </Text>
                        {error && (
                          <Text size="xs" c="red.9" fw={500}>
                            {rowErrorText(error, language)}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
