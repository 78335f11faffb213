import { Checkbox, Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FilterBox } from './FilterBox';
import { useLabel } from './fieldFormat';
import type { useListView } from './listView';
import { isField, type RecordListProps, type Selection } from './recordListTypes';

/** The header row of a record list: sortable column titles, then a filter box under each. */
export function ListHead<T>({
  record,
  view,
  filterErrors,
  selection,
}: RecordListProps<T> & {
  view: ReturnType<typeof useListView>;
  filterErrors: Record<string, string>;
  selection?: Selection;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const fields = view.columns.map((key) => record.fields.find((field) => field.key === key)).filter(isField);
  const descending = view.sort.startsWith('-');
  const sortKey = descending ? view.sort.slice(1) : view.sort;

  return (
    <Table.Thead>
      <Table.Tr>
        {selection && (
          <Table.Th w={48} rowSpan={2} style={{ verticalAlign: 'top' }}>
            <Checkbox
              aria-label={t('bulk.selectAll')}
              checked={selection.allSelected}
              indeterminate={selection.someSelected && !selection.allSelected}
              onChange={selection.toggleAll}
            />
          </Table.Th>
        )}
        {fields.map((field) => {
          const sorted = field.key === sortKey;
          const ariaSort = sorted
            ? descending
              ? 'descending'
              : 'ascending'
            : field.sortable
              ? 'none'
              : undefined;
          return (
            <Table.Th key={field.key} aria-sort={ariaSort} style={{ whiteSpace: 'nowrap' }}>
              {field.sortable ? (
                <UnstyledButton
                  onClick={() => view.setSort(sorted && !descending ? `-${field.key}` : field.key)}
                  fw={700}
                  fz="sm"
                >
                  <Group gap={4} wrap="nowrap">
                    {label(field.label)}
                    {sorted ? (
                      descending ? (
                        <IconArrowDown size={14} aria-hidden />
                      ) : (
                        <IconArrowUp size={14} aria-hidden />
                      )
                    ) : (
                      <IconArrowsSort size={14} aria-hidden opacity={0.5} />
                    )}
                  </Group>
                </UnstyledButton>
              ) : (
                label(field.label)
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
      <Table.Tr>
        {fields.map((field) => (
          <Table.Th key={field.key} fw={400} py={6} style={{ verticalAlign: 'top' }}>
            {field.filterable && (
              <FilterBox
                label={t('list.filterFor', { field: label(field.label) })}
                value={view.filters[field.key] ?? ''}
                error={filterErrors[field.key]}
                onCommit={(text) => view.setFilter(field.key, text)}
              />
            )}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
