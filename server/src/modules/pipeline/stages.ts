import type {
  createPipelineStageSchema,
  PipelineStage,
  updatePipelineStageSchema,
} from '@kontor/domain/opportunities';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, PipelineStagesTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';
import { AppError, conflict, invalidField, notFound, staleVersion } from '../../platform/http/problem.js';
import { nextPosition, renumber } from './positions.js';

type CreateInput = z.output<typeof createPipelineStageSchema>;
type UpdateInput = z.output<typeof updatePipelineStageSchema>;

export function toPipelineStage(row: Selectable<PipelineStagesTable>): PipelineStage {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    probability: row.probability,
    folded: Boolean(row.folded),
    version: row.version,
  };
}

/** The pipeline's stages (S2 settings): the board's columns in order, each with its default probability. */
export class PipelineStageService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(db: Kysely<Database> | Transaction<Database> = this.db): Promise<PipelineStage[]> {
    const rows = await db
      .selectFrom('pipeline_stages')
      .selectAll()
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toPipelineStage);
  }

  async create(input: CreateInput): Promise<PipelineStage> {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const now = nowIso();
      await trx
        .insertInto('pipeline_stages')
        .values({
          id,
          name: input.name,
          probability: input.probability,
          folded: Number(input.folded),
          position: input.position ?? (await nextPosition(trx, 'pipeline_stages')),
          created_at: now,
          updated_at: now,
        })
        .execute();
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateInput): Promise<PipelineStage> {
    const current = await this.find(this.db, id);
    if (current.version !== input.version) throw staleVersion();
    const change = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.probability !== undefined ? { probability: input.probability } : {}),
      ...(input.folded !== undefined ? { folded: Number(input.folded) } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
      updated_at: nowIso(),
    };
    if (!(await updateIfVersion(this.db, 'pipeline_stages', id, input.version, change))) throw staleVersion();
    return this.get(id);
  }

  /** Sets the order of all stages at once (the settings page's drag or up/down); ids must be exactly the stages. */
  async reorder(ids: readonly string[]): Promise<PipelineStage[]> {
    await this.db.transaction().execute(async (trx) => {
      await renumber(trx, 'pipeline_stages', ids);
    });
    return this.list();
  }

  /**
   * Deletes a stage. Its opportunities move to `moveTo` first, in the same transaction; without
   * one a stage in use is refused, and the last stage always is (the board needs a column).
   */
  async delete(id: string, moveTo: string | undefined): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.find(trx, id);
      const stages = await trx
        .selectFrom('pipeline_stages')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .executeTakeFirstOrThrow();
      if (Number(stages.count) <= 1) throw conflict('pipeline-last-stage');
      const used = await trx
        .selectFrom('opportunities')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('stage_id', '=', id)
        .executeTakeFirstOrThrow();
      const count = Number(used.count);
      if (count > 0) {
        if (moveTo === undefined)
          throw new AppError(409, 'pipeline-stage-in-use', {
            params: { count },
            fields: [{ path: 'moveTo', code: 'pipeline-stage-in-use' }],
          });
        if (moveTo === id) throw invalidField('moveTo', 'pipeline-stage-move-to-self');
        const target = await trx
          .selectFrom('pipeline_stages')
          .select('id')
          .where('id', '=', moveTo)
          .executeTakeFirst();
        if (!target) throw invalidField('moveTo', 'unknown-pipeline-stage');
        // A new version: whoever has one of them open gets a 409 instead of undoing the move.
        await trx
          .updateTable('opportunities')
          .set((eb) => ({ stage_id: moveTo, updated_at: nowIso(), version: eb('version', '+', 1) }))
          .where('stage_id', '=', id)
          .execute();
      }
      await trx.deleteFrom('pipeline_stages').where('id', '=', id).execute();
    });
  }

  private async get(id: string): Promise<PipelineStage> {
    return toPipelineStage(await this.find(this.db, id));
  }

  private async find(db: Kysely<Database> | Transaction<Database>, id: string) {
    const row = await db.selectFrom('pipeline_stages').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('pipeline-stage-not-found');
    return row;
  }
}
