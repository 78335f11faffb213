import type { Permission } from '@kontor/domain/permissions';
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A record type other modules can point at: activities link to it (A4), documents attach to it
 * (A9). Each record module describes its own type once; the linking modules never query another
 * module's tables themselves.
 */
export interface LinkableRecordType {
  type: string;
  read: Permission;
  write: Permission;
  /**
   * The display names of those of `ids` the principal may see; ids missing from the answer are
   * hidden from them or do not exist (callers treat both alike, so nothing leaks).
   */
  visibleNames(db: Db, principal: Principal, ids: readonly string[]): Promise<Map<string, string>>;
  /** The ids of every record of this type the principal may see, as a subquery (`… in (…)`). */
  // biome-ignore lint/suspicious/noExplicitAny: a subquery over the record module's own table
  visibleIds(db: Db, principal: Principal): SelectQueryBuilder<Database, any, { id: string }>;
}

/** Every record type that can be linked to, by its type key (`organization`, `contact`, …). */
export class RecordDirectory {
  private readonly types = new Map<string, LinkableRecordType>();

  register(type: LinkableRecordType): void {
    this.types.set(type.type, type);
  }

  get(type: string): LinkableRecordType | undefined {
    return this.types.get(type);
  }

  /** Whether the principal holds the permission `kind` on the record type (unknown types: no). */
  permits(principal: Principal, type: string, kind: 'read' | 'write'): boolean {
    const found = this.types.get(type);
    return found !== undefined && principal.permissions.includes(found[kind]);
  }
}
