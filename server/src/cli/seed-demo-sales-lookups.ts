import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { DEMO_PRODUCTS } from './seed-demo-sales-data.js';

// What the demo sales seed looks up before it writes: whether it ran, the stages, the lost reasons.

const SEEDED_STAGE_IDS = [1, 2, 3, 4, 5].map((n) => `00000000-0000-7000-8001-${String(n).padStart(12, '0')}`);

/** Whether the demo's sales data is there already: a demo product, or sales records of demo users. */
export async function alreadySeeded(db: Kysely<Database>, demoUserIds: string[]): Promise<boolean> {
  const skus = DEMO_PRODUCTS.map((p) => p.sku);
  const found = await Promise.all([
    db.selectFrom('products').select('id').where('sku', 'in', skus).limit(1).executeTakeFirst(),
    ...(['leads', 'opportunities', 'campaigns'] as const).map((table) =>
      db.selectFrom(table).select('id').where('created_by', 'in', demoUserIds).limit(1).executeTakeFirst(),
    ),
  ]);
  return found.some((row) => row !== undefined);
}

/**
 * The five pipeline stages the demo places opportunities in: the seeded ones where they still
 * exist, else the installation's stage at that position (the last one for positions beyond).
 */
export async function stageIds(db: Kysely<Database>): Promise<string[]> {
  const stages = (
    await db.selectFrom('pipeline_stages').select('id').orderBy('position').orderBy('id').execute()
  ).map((s) => s.id);
  if (stages.length === 0) throw new Error('Keine Pipeline-Phasen angelegt');
  return SEEDED_STAGE_IDS.map(
    (id, index) => (stages.includes(id) ? id : stages[Math.min(index, stages.length - 1)]) as string,
  );
}

export async function lostReasonIds(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('lost_reasons')
    .select(['id', 'name'])
    .where('active', '=', 1)
    .orderBy('position')
    .execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** The season a date (YYYY-MM-DD) falls in, as a newsletter is named after it. */
export function season(date: string): string {
  const month = Number(date.slice(5, 7));
  if (month >= 3 && month <= 5) return 'Frühjahr';
  if (month >= 6 && month <= 8) return 'Sommer';
  if (month >= 9 && month <= 11) return 'Herbst';
  return 'Winter';
}
