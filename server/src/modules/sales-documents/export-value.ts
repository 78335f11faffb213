import type { FieldDef } from '@kontor/domain/fields';

/** An export cell of a quotation or order: the money fields `net` and `gross` come from the record's cents. */
export function salesDocumentCell(
  record: { netCents: number; grossCents: number } & object,
  field: FieldDef,
): unknown {
  if (field.key === 'net') return record.netCents;
  if (field.key === 'gross') return record.grossCents;
  return (record as Record<string, unknown>)[field.key];
}
