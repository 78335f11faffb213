import { IMPORT_FIELDS, type Mapping } from '@kontor/domain/imports/fields';
import type { Upload } from '@kontor/domain/imports/schemas';
import { Card, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../ui/fieldFormat';

const SKIP = '';

interface Props {
  upload: Upload;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}

/** One line per file column: its header, a sample value and the Kontor field it goes into. */
export function MappingTable({ upload, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const fields = IMPORT_FIELDS[upload.type];

  const choose = (column: number, value: string | null) =>
    onChange(mapping.map((field, i) => (i === column ? value || null : field)));

  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.column')}</Table.Th>
              <Table.Th>{t('imports.sample')}</Table.Th>
              <Table.Th w={280}>{t('imports.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {upload.headers.map((header, column) => {
              const name = header || t('imports.unnamedColumn', { number: column + 1 });
              const sample = upload.sampleRows.find((row) => row.cells[column]?.trim())?.cells[column] ?? '';
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position
                <Table.Tr key={column}>
                  <Table.Td>
                    <Text fw={500}>{name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} maw={260}>
                      {sample || '–'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('imports.fieldFor', { column: name })}
                      value={mapping[column] ?? SKIP}
                      onChange={(value) => choose(column, value)}
                      allowDeselect={false}
                      searchable
                      comboboxProps={{ withinPortal: true }}
                      data={[
                        { value: SKIP, label: t('imports.skipColumn') },
                        ...fields.map((field) => ({
                          value: field.key,
                          label: `${label(field.label)}${field.required ? ' *' : ''}`,
                          // A field takes one column; the one already holding it stays selectable.
                          disabled: mapping.includes(field.key) && mapping[column] !== field.key,
                        })),
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
