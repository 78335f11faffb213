import type { FieldDef, Label } from '@kontor/domain/fields';
import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';

/** Picks a domain label ({ de, en }) in the user's language. */
export function useLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  return (label) => (i18n.language === 'en' ? label.en : label.de);
}

const EMPTY = '–';

/**
 * Shows a field's value the way its kind asks for (money with currency, dates in the user's
 * format, enum labels in the user's language), so every list and detail page agrees.
 */
export function useFieldFormat() {
  const format = useFormat();
  const label = useLabel();

  const optionLabel = (field: FieldDef, value: unknown): string => {
    const option = field.options?.find((candidate) => candidate.value === value);
    return option ? label(option.label) : String(value);
  };

  /** Plain text, for places that cannot hold badges (history, tooltips). */
  const text = (field: FieldDef, value: unknown): string => {
    if (value === null || value === undefined || value === '') return EMPTY;
    if (Array.isArray(value)) {
      if (value.length === 0) return EMPTY;
      return value
        .map((item) => (field.kind === 'enumSet' ? optionLabel(field, item) : String(item)))
        .join(', ');
    }
    switch (field.kind) {
      case 'money':
        return typeof value === 'number' ? format.money(value) : String(value);
      case 'number':
        return typeof value === 'number' ? format.number(value) : String(value);
      case 'date':
        return typeof value === 'string' ? format.date(value) : String(value);
      case 'datetime':
        return typeof value === 'string' ? format.dateTime(value) : String(value);
      case 'enum':
      case 'enumSet':
        return optionLabel(field, value);
      case 'boolean':
        return value ? '✓' : EMPTY;
      default:
        return String(value);
    }
  };

  /** For table cells and fact lists: badges for sets, a muted dash for nothing. */
  const cell = (field: FieldDef, value: unknown): ReactNode => {
    const isEmpty =
      value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (isEmpty || (field.kind === 'boolean' && !value)) {
      return (
        <Text span c="dimmed" size="sm">
          {EMPTY}
        </Text>
      );
    }
    if (Array.isArray(value)) {
      return (
        <Group gap={4} wrap="wrap">
          {value.map((item) => (
            <Badge key={String(item)} variant="light" color="gray" tt="none" size="sm">
              {field.kind === 'enumSet' ? optionLabel(field, item) : String(item)}
            </Badge>
          ))}
        </Group>
      );
    }
    if (field.kind === 'money' || field.kind === 'number') {
      return (
        <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {text(field, value)}
        </Text>
      );
    }
    return text(field, value);
  };

  return { text, cell, optionLabel };
}
