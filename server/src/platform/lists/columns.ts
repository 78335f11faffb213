import type { FieldDef } from '@kontor/domain/fields';
import type { RawBuilder } from 'kysely';

/**
 * How one field of a record type lives in SQL: the column (or expression) to filter and show,
 * and optionally a normalised key column (lower-case, German-folded) that text filters and
 * sorting use instead, so they are case-insensitive and can use an index.
 */
export interface ListColumn {
  field: FieldDef;
  /** A qualified column such as `organizations.city`. */
  column: string;
  /** Instead of the column: an SQL expression (e.g. an own value falling back to an inherited one). */
  expression?: RawBuilder<unknown>;
  keyColumn?: string;
  /** Instead of a key column: an SQL expression of folded keys (e.g. the names of linked records). */
  keyExpression?: RawBuilder<string>;
  /** The sort column never holds NULL, so sorting and cursors use it bare and its index serves. */
  notNull?: boolean;
}

export type ListColumns = Record<string, ListColumn>;
