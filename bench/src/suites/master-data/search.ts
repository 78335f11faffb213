// The global search (X1) case of the master-data suite: what the spotlight asks while a user
// types a common surname, over HTTP and as the bare statements the search service issues.
import { contactSearch, organizationSearch } from '@kontor/server/src/modules/search/providers.ts';
import { SearchService } from '@kontor/server/src/modules/search/service.ts';
import type { Principal } from '@kontor/server/src/platform/auth/principal.ts';
import type { Summary } from '../../stats.ts';
import { formatSql, type Probe, type Statement } from './probe.ts';
import { timeStatements } from './replay.ts';
import { GOALS, type Row } from './report.ts';

/** A common surname, and the same with a typo (the weakest tier, reached only when needed). */
export const SEARCH_QUERIES = ['müller', 'Mülller'];

export async function searchCase(
  query: string,
  probe: Probe,
  admin: Principal,
  engine: string,
  load: (urlPath: string) => Promise<Summary>,
  seconds: number,
): Promise<{ row: Row; plan: string[] }> {
  const search = new SearchService(probe.db, [organizationSearch, contactSearch]);
  // The administrator's permissions as the server resolves them for the bench token.
  const principal: Principal = { ...admin, permissions: ['organizations.read', 'contacts.read'] };
  const statements = await probe.capture(() => search.search(principal, query, 5));
  const http = await load(`/api/search?q=${encodeURIComponent(query)}&limit=5`);
  const timed = await timeStatements(probe, statements, http.requests, seconds * 4000);
  const label = `global search ${query}`;
  return {
    // Several statements (near words, one walk per record type): the bare SQL is all of them.
    row: { label: `search: ${label}`, engine, http, ...timed, sql: timed.all, goal: GOALS[label] },
    plan: [
      `-- search: ${label} (${engine}), ${statements.length} statements, the contacts' walk:`,
      formatSql(statements[statements.length - 1] as Statement),
      ...(await probe.plan(statements[statements.length - 1] as Statement)).map((line) => `   ${line}`),
      '',
    ],
  };
}
