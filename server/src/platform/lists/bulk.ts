import type { BulkAction } from '@kontor/domain/fields';
import { hasPermission, type Permission } from '@kontor/domain/permissions';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import { visibleTo } from '../auth/visibility.js';
import { nowIso } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { decodeSet, encodeSet } from '../db/sets.js';
import type { EventBus } from '../events/bus.js';
import { recordFieldChanges } from '../history/field-history.js';
import { AppError, forbidden, invalidField } from '../http/problem.js';

/** The record tables that share owner, tags, version and field history, and so bulk actions. */
export interface BulkTarget {
  table: 'organizations' | 'contacts';
  recordType: string;
  deletePermission: Permission;
  /** Removes a record and what hangs on it, inside the bulk transaction. */
  remove(trx: Transaction<Database>, id: string): Promise<void>;
}

/**
 * Runs one bulk action over the selected records in a single transaction: either every
 * record is changed (with its history and a new version) or none is. A selected id the user
 * may not see fails the whole action like a missing one, so nothing about it is revealed.
 */
export async function runBulkAction(
  db: Kysely<Database>,
  events: EventBus,
  target: BulkTarget,
  principal: Principal,
  request: BulkAction,
): Promise<{ affected: number }> {
  if (request.action === 'delete' && !hasPermission(principal.permissions, target.deletePermission))
    throw forbidden();
  const ids = [...new Set(request.ids)];
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom(target.table)
      .select(['id', 'owner_id', 'tags'])
      .where('id', 'in', ids)
      .where(visibleTo(principal, `${target.table}.owner_id`))
      .execute();
    if (rows.length !== ids.length) throw new AppError(404, 'records-not-found');
    if (request.action === 'assign-owner' && request.ownerId) {
      const owner = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', request.ownerId)
        .executeTakeFirst();
      if (!owner) throw invalidField('ownerId', 'unknown-user');
    }
    const now = nowIso();
    for (const row of rows) {
      if (request.action === 'delete') {
        await target.remove(trx, row.id);
        await events.emit(trx, 'record.deleted', { recordType: target.recordType, id: row.id });
        continue;
      }
      const before = { ownerId: row.owner_id, tags: decodeSet(row.tags) };
      const after =
        request.action === 'assign-owner'
          ? { ...before, ownerId: request.ownerId }
          : {
              ...before,
              tags:
                request.action === 'add-tag'
                  ? [...new Set([...before.tags, request.tag])]
                  : before.tags.filter((tag) => tag !== request.tag),
            };
      await trx
        .updateTable(target.table)
        .set((eb) => ({
          owner_id: after.ownerId,
          tags: encodeSet(after.tags),
          updated_at: now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', row.id)
        .execute();
      await recordFieldChanges(trx, {
        recordType: target.recordType,
        recordId: row.id,
        changedBy: principal.userId,
        before,
        after,
      });
      await events.emit(trx, 'record.saved', { recordType: target.recordType, id: row.id });
    }
    return { affected: rows.length };
  });
}
