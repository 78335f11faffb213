import type {
  createLostReasonSchema,
  LostReason,
  updateLostReasonSchema,
} from '@kontor/domain/opportunities';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, LostReasonsTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';
import { conflict, notFound, staleVersion } from '../../platform/http/problem.js';
import { nextPosition, renumber } from './positions.js';

type CreateInput = z.output<typeof createLostReasonSchema>;
type UpdateInput = z.output<typeof updateLostReasonSchema>;

function toLostReason(row: Selectable<LostReasonsTable>): LostReason {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    active: Boolean(row.active),
    version: row.version,
  };
}

/**
 * The admin's list of lost reasons ("Verlustgründe"). A reason once chosen on an opportunity or
 * quotation stays on it: it can be deactivated (no longer offered), not deleted.
 */
export class LostReasonService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(onlyActive: boolean): Promise<LostReason[]> {
    let query = this.db.selectFrom('lost_reasons').selectAll().orderBy('position').orderBy('id');
    if (onlyActive) query = query.where('active', '=', 1);
    return (await query.execute()).map(toLostReason);
  }

  async create(input: CreateInput): Promise<LostReason> {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const now = nowIso();
      await trx
        .insertInto('lost_reasons')
        .values({
          id,
          name: input.name,
          active: Number(input.active),
          position: input.position ?? (await nextPosition(trx, 'lost_reasons')),
          created_at: now,
          updated_at: now,
        })
        .execute();
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateInput): Promise<LostReason> {
    const current = await this.get(id);
    if (current.version !== input.version) throw staleVersion();
    const change = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.active !== undefined ? { active: Number(input.active) } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
      updated_at: nowIso(),
    };
    if (!(await updateIfVersion(this.db, 'lost_reasons', id, input.version, change))) throw staleVersion();
    return this.get(id);
  }

  async reorder(ids: readonly string[]): Promise<LostReason[]> {
    await this.db.transaction().execute((trx) => renumber(trx, 'lost_reasons', ids));
    return this.list(false);
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await trx.selectFrom('lost_reasons').select('id').where('id', '=', id).executeTakeFirst()))
        throw notFound('lost-reason-not-found');
      const [onOpportunity, onQuotation] = await Promise.all([
        trx
          .selectFrom('opportunity_lost_reasons')
          .select('lost_reason_id')
          .where('lost_reason_id', '=', id)
          .limit(1)
          .executeTakeFirst(),
        trx
          .selectFrom('quotation_lost_reasons')
          .select('lost_reason_id')
          .where('lost_reason_id', '=', id)
          .limit(1)
          .executeTakeFirst(),
      ]);
      if (onOpportunity || onQuotation) throw conflict('lost-reason-in-use');
      await trx.deleteFrom('lost_reasons').where('id', '=', id).execute();
    });
  }

  private async get(id: string): Promise<LostReason> {
    const row = await this.db.selectFrom('lost_reasons').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('lost-reason-not-found');
    return toLostReason(row);
  }
}
