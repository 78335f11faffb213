import { fieldOf, type RecordTypeDef } from '@kontor/domain/fields';
import { useLabel } from './fieldFormat';

/** A form's labels from the record type: a field's label by key, and its options for a select. */
export function useFieldLabels(record: RecordTypeDef) {
  const label = useLabel();
  return {
    fieldLabel: (key: string) => {
      const field = fieldOf(record, key);
      return field ? label(field.label) : key;
    },
    options: (key: string) =>
      (fieldOf(record, key)?.options ?? []).map((option) => ({
        value: option.value,
        label: label(option.label),
      })),
  };
}
