import { Anchor, Checkbox, Table } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFieldFormat } from './fieldFormat';
import { isField, type RecordListProps, type Selection } from './recordListTypes';

/** One row of a record list; the whole row opens the record. */
export function ListRow<T>({
  record,
  row,
  columns,
  cells,
  rowHref,
  rowId,
  rowLabel,
  selection,
}: RecordListProps<T> & { row: T; columns: string[]; selection?: Selection }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFieldFormat();
  const href = rowHref(row);
  const fields = columns.map((key) => record.fields.find((field) => field.key === key)).filter(isField);

  // The first cell holds the real link (keyboard, middle click); a click anywhere else on the row opens it too.
  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (
      event.target instanceof Element &&
      event.target.closest('a, button, input, label, [data-select-cell]')
    )
      return;
    if (window.getSelection()?.toString()) return;
    navigate(href);
  };

  const id = rowId(row);
  const isSelected = selection?.selected.has(id) ?? false;
  return (
    <Table.Tr
      onClick={onClick}
      style={{ cursor: 'pointer' }}
      bg={isSelected ? 'var(--mantine-primary-color-light)' : undefined}
    >
      {selection && (
        <Table.Td data-select-cell w={48}>
          <Checkbox
            aria-label={t('bulk.selectRow', { name: rowLabel ? rowLabel(row) : id })}
            checked={isSelected}
            onChange={() => selection.toggle(id)}
          />
        </Table.Td>
      )}
      {fields.map((field, index) => {
        const custom = cells?.[field.key];
        const content = custom
          ? custom(row)
          : format.cell(field, (row as Record<string, unknown>)[field.key]);
        return (
          <Table.Td key={field.key} miw={index === 0 ? 200 : undefined}>
            {index === 0 ? (
              <Anchor component={Link} to={href} fw={500} size="sm">
                {content}
              </Anchor>
            ) : (
              content
            )}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}
