import { type RawBuilder, sql } from 'kysely';
import type { Principal } from './principal.js';

/**
 * The rows of a record table a user may see, as one SQL predicate on its owner column (SPEC
 * X3): `all` sees everything; `team` sees records owned by themselves or a member of one of
 * their teams; `own` only their own. Records without an owner belong to the whole company.
 * Lists, search, export, detail and history all use this, so a hidden record never shows.
 */
export function visibleTo(principal: Principal, ownerColumn: string): RawBuilder<boolean> {
  const owner = sql.ref(ownerColumn);
  if (principal.visibility === 'all') return sql<boolean>`1 = 1`;
  if (principal.visibility === 'team' && principal.teamIds.length > 0) {
    return sql<boolean>`(${owner} is null or ${owner} = ${principal.userId} or ${owner} in (select user_id from team_members where team_id in (${sql.join(principal.teamIds)})))`;
  }
  return sql<boolean>`(${owner} is null or ${owner} = ${principal.userId})`;
}

/**
 * Who reads back a record just created or changed: the writer, whatever its new owner. Giving it
 * to a colleague outside one's sight is allowed; answering that with 404 after the write
 * committed would say the write failed.
 */
export function afterWriting(principal: Principal): Principal {
  return { ...principal, visibility: 'all' };
}
