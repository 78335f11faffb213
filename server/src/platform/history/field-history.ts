import type { FieldChange } from '@kontor/domain/history';
import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Writes one history row per field whose value differs between `before` and `after` (X4).
 * Values are compared and stored as JSON, so lists and numbers are recorded exactly.
 * Call it inside the transaction of the update it describes.
 */
export async function recordFieldChanges(
  db: Db,
  change: { recordType: string; recordId: string; changedBy: string | null; before: object; after: object },
): Promise<number> {
  const before = change.before as Record<string, unknown>;
  const after = change.after as Record<string, unknown>;
  const changedAt = nowIso();
  const rows = Object.keys(after)
    .filter(
      (field) =>
        field in before && JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
    )
    .map((field) => ({
      id: newId(),
      record_type: change.recordType,
      record_id: change.recordId,
      field,
      old_value: JSON.stringify(before[field] ?? null),
      new_value: JSON.stringify(after[field] ?? null),
      changed_at: changedAt,
      changed_by: change.changedBy,
    }));
  if (rows.length > 0) await db.insertInto('field_history').values(rows).execute();
  return rows.length;
}

/** A record's field history, newest first, with the names of who changed what. */
export async function listFieldChanges(db: Db, recordType: string, recordId: string): Promise<FieldChange[]> {
  const rows = await db
    .selectFrom('field_history')
    .leftJoin('users', 'users.id', 'field_history.changed_by')
    .select([
      'field_history.id',
      'field_history.field',
      'field_history.old_value',
      'field_history.new_value',
      'field_history.changed_at',
      'field_history.changed_by',
      'users.name as changed_by_name',
    ])
    .where('field_history.record_type', '=', recordType)
    .where('field_history.record_id', '=', recordId)
    .orderBy('field_history.changed_at', 'desc')
    .orderBy('field_history.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    field: row.field,
    oldValue: row.old_value === null ? null : JSON.parse(row.old_value),
    newValue: row.new_value === null ? null : JSON.parse(row.new_value),
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    changedByName: row.changed_by_name,
  }));
}
