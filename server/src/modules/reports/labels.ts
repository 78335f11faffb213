import type { EnumOption } from '@kontor/domain/fields';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { GroupedDimension } from './definition.js';
import { exactly } from './drill.js';

type NamedTable =
  | 'users'
  | 'teams'
  | 'campaigns'
  | 'pipeline_stages'
  | 'lost_reasons'
  | 'organizations'
  | 'products'
  | 'product_categories';

/** Labels of a record dimension: the names of the result's ids, in one query. */
export function namesFrom(table: NamedTable): GroupedDimension['labels'] {
  return async (db: Kysely<Database>, keys: string[]) => {
    const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', keys).execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  };
}

/** Labels of an enum dimension from its options (no query). */
export function optionLabels(options: readonly EnumOption[]): GroupedDimension['labels'] {
  return async (_db, keys, language) =>
    new Map(keys.map((key) => [key, options.find((o) => o.value === key)?.label[language] ?? key]));
}

/** The drill of a dimension whose list filters the shown name exactly (owner, stage, campaign …). */
export function byName(filterKey: string): GroupedDimension['drill'] {
  return (value, label) => ({ [filterKey]: exactly(value === null ? null : label) });
}
