import { type FieldDef, fieldOf, type RecordTypeDef } from '@kontor/domain/fields';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFieldFormat, useLabel } from './fieldFormat';

/** The dimmed dash a fact list shows for an empty value. */
export const dash = (
  <Text span c="dimmed" size="sm">
    –
  </Text>
);

/** A fact of a record for a `FactList`: the field's label, and `value` or the formatted field. */
export function useFact(record: RecordTypeDef, data: object) {
  const label = useLabel();
  const fieldFormat = useFieldFormat();
  return (key: string, value?: ReactNode) => {
    const field = fieldOf(record, key) as FieldDef;
    return {
      label: label(field.label),
      value: value ?? fieldFormat.cell(field, (data as Record<string, unknown>)[key]),
    };
  };
}
