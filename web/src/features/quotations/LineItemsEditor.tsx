import { MAX_LINES, type NumberLanguage, TAX_RATES } from '@kontor/domain/sales-totals';
import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { usePermission } from '../../ui/session';
import { MoneyInput } from '../organizations/MoneyInput';
import {
  addRow,
  editorTotals,
  type LineField,
  type LineRow,
  moveRow,
  removeRow,
  withProduct,
} from './lineItems';
import { ProductPicker } from './ProductPicker';
import { TotalsBlock } from './TotalsBlock';

export interface LineItemsEditorProps {
  rows: LineRow[];
  /** `edited` is the form path of the changed cell (`lines.2.quantity`); none when rows moved, came or went. */
  onChange: (rows: LineRow[], edited?: string) => void;
  /** Messages by form path (`lines.2.quantity`, `lines`), from the form's validation or the server. */
  errors: Partial<Record<string, ReactNode>>;
  /** A cell lost the focus: the form validates it. */
  onCellBlur: (path: string) => void;
  currency?: string;
  disabled?: boolean;
}

/** Where focus goes after the rows change: a cell of the row with this key. */
interface FocusTarget {
  key: string;
  field: LineField;
}

/**
 * The positions of a quotation or order: product or free text, quantity, unit, unit price,
 * discount and tax rate per row, each row's net and the totals under the table. Keyboard: Enter
 * in a row's last cell goes to the next row (adding one at the end), Alt+↑/↓ moves the row.
 */
export function LineItemsEditor({
  rows,
  onChange,
  errors,
  onCellBlur,
  currency = 'EUR',
  disabled,
}: LineItemsEditorProps) {
  const { t, i18n } = useTranslation();
  const language: NumberLanguage = i18n.language === 'en' ? 'en' : 'de';
  const tableRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const { nets, totals } = editorTotals(rows, language);
  const full = rows.length >= MAX_LINES;

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-line-key="${target.key}"][data-line-field="${target.field}"]`)
      ?.focus();
  });

  const add = (after = rows.length - 1) => {
    const next = addRow(rows, language, after);
    const created = next[after + 1];
    if (created && next.length > rows.length) focusNext.current = { key: created.key, field: 'description' };
    onChange(next);
  };
  const move = (index: number, delta: -1 | 1, field: LineField) => {
    const row = rows[index];
    if (row) focusNext.current = { key: row.key, field };
    onChange(moveRow(rows, index, delta));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = event.target instanceof HTMLElement ? event.target.closest('[data-line-field]') : null;
    if (!cell || disabled) return;
    const key = cell.getAttribute('data-line-key');
    const field = cell.getAttribute('data-line-field') as LineField;
    const index = rows.findIndex((row) => row.key === key);
    if (index < 0) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1, field);
      return;
    }
    // Enter never sends the form from a position; in the description it is a line break.
    if (event.key !== 'Enter' || field === 'description' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (field !== 'taxRate') return;
    const nextRow = rows[index + 1];
    if (nextRow) {
      focusNext.current = { key: nextRow.key, field: 'description' };
      onChange([...rows]);
    } else add(index);
  };

  return (
    <Stack gap="md">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: keys of the cells inside bubble up here */}
      <div ref={tableRef} onKeyDown={onKeyDown}>
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" horizontalSpacing="xs" aria-label={t('lineItems.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>{t('lineItems.position')}</Table.Th>
                <Table.Th miw={200}>{t('lineItems.description')}</Table.Th>
                <Table.Th w={100}>{t('lineItems.quantity')}</Table.Th>
                <Table.Th w={90}>{t('lineItems.unit')}</Table.Th>
                <Table.Th w={140}>{t('lineItems.unitPrice')}</Table.Th>
                <Table.Th w={90}>{t('lineItems.discount')}</Table.Th>
                <Table.Th w={104}>{t('lineItems.taxRate')}</Table.Th>
                <Table.Th w={120} ta="right">
                  {t('lineItems.net')}
                </Table.Th>
                <Table.Th w={108}>
                  <span className="kontor-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <LineRowEditor
                  key={row.key}
                  row={row}
                  index={index}
                  count={rows.length}
                  net={nets[index] ?? null}
                  currency={currency}
                  errors={errors}
                  disabled={disabled}
                  onEdit={(patch, field) =>
                    onChange(
                      rows.map((r, i) => (i === index ? patch : r)),
                      field && `lines.${index}.${field}`,
                    )
                  }
                  onBlur={(field) => onCellBlur(`lines.${index}.${field}`)}
                  onMove={(delta) => move(index, delta, 'description')}
                  onRemove={() => onChange(removeRow(rows, index))}
                />
              ))}
              {rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={9}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      {t('lineItems.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
      {errors.lines && (
        <Text size="sm" c="red" role="alert">
          {errors.lines}
        </Text>
      )}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => add()}
            disabled={disabled || full}
          >
            {t('lineItems.add')}
          </Button>
          <Text size="xs" c="dimmed">
            {full ? t('lineItems.full', { max: MAX_LINES }) : t('lineItems.keyboardHint')}
          </Text>
        </Stack>
        <TotalsBlock totals={totals} currency={currency} />
      </Group>
    </Stack>
  );
}

function LineRowEditor({
  row,
  index,
  count,
  net,
  currency,
  errors,
  disabled,
  onEdit,
  onBlur,
  onMove,
  onRemove,
}: {
  row: LineRow;
  index: number;
  count: number;
  net: number | null;
  currency: string;
  errors: Partial<Record<string, ReactNode>>;
  disabled?: boolean;
  onEdit: (row: LineRow, field?: LineField) => void;
  onBlur: (field: LineField) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const canReadProducts = usePermission('products.read');
  const position = index + 1;
  // Every cell names its position for screen readers and carries what the keyboard handling needs.
  const cell = (field: LineField) => ({
    'aria-label': t('lineItems.cellLabel', { field: t(`lineItems.${field}`), position }),
    'data-line-key': row.key,
    'data-line-field': field,
    error: errors[`lines.${index}.${field}`],
    onBlur: () => onBlur(field),
    disabled,
    size: 'xs' as const,
  });
  const text = (field: 'description' | 'quantity' | 'unit' | 'discount') => ({
    ...cell(field),
    value: row[field],
    onChange: (event: { currentTarget: { value: string } }) =>
      onEdit({ ...row, [field]: event.currentTarget.value }, field),
  });

  return (
    <Table.Tr data-testid={`line-${position}`} style={{ verticalAlign: 'top' }}>
      <Table.Td pt={10}>
        <Text size="sm">{position}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {canReadProducts && (
            <ProductPicker
              value={row.productId}
              label={row.description}
              disabled={disabled}
              onPick={(product) =>
                onEdit(product ? withProduct(row, product) : { ...row, productId: null }, 'description')
              }
            />
          )}
          <Textarea {...text('description')} autosize minRows={1} maxRows={6} maxLength={2000} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <TextInput {...text('quantity')} inputMode="decimal" />
      </Table.Td>
      <Table.Td>
        <TextInput {...text('unit')} maxLength={20} />
      </Table.Td>
      <Table.Td>
        <MoneyInput
          {...cell('unitPrice')}
          value={row.unitPrice}
          max={100_000_000}
          onChange={(value) => onEdit({ ...row, unitPrice: value }, 'unitPrice')}
        />
      </Table.Td>
      <Table.Td>
        <TextInput {...text('discount')} inputMode="decimal" placeholder="0" rightSection="%" />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          {...cell('taxRate')}
          value={row.taxRate}
          data={TAX_RATES.map((rate) => ({ value: String(rate), label: `${rate} %` }))}
          onChange={(event) => onEdit({ ...row, taxRate: event.currentTarget.value }, 'taxRate')}
        />
      </Table.Td>
      <Table.Td ta="right" pt={10}>
        <Text size="sm" data-testid={`line-${position}-net`} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {net === null ? '–' : format.money(net, currency)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('lineItems.moveUp', { position })}
            disabled={disabled || index === 0}
            onClick={() => onMove(-1)}
          >
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('lineItems.moveDown', { position })}
            disabled={disabled || index === count - 1}
            onClick={() => onMove(1)}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('lineItems.remove', { position })}
            disabled={disabled}
            onClick={onRemove}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
