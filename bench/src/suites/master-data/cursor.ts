// Reaching a deep page of a list: the cursor a client would hold there.
import { encodeCursor } from '@kontor/server/src/platform/lists/cursor.ts';
import type { Probe } from './probe.ts';

/** The cursor that fetches page `page`: walked page by page over HTTP, or (past the time budget) by OFFSET. */
export async function cursorOfPage(
  page: number,
  record: 'contacts' | 'organizations',
  port: number,
  headers: Record<string, string>,
  budgetMs: number,
  probe: Probe,
): Promise<string> {
  const deadline = performance.now() + budgetMs;
  const started = performance.now();
  let cursor: string | null = null;
  for (let walked = 1; walked < page; walked++) {
    if (performance.now() > deadline) {
      // Same order as the default sort (name key, then id), so the same row a walk would reach.
      const rows = await probe.execute({
        sql: `select coalesce(name_key, '') as s, id from ${record} order by coalesce(name_key, ''), id limit 1 offset ${(page - 1) * 50 - 1}`,
        parameters: [],
      });
      const last = rows[0] as { s: string; id: string };
      console.log(`${record}: walked ${walked - 1} pages in ${budgetMs / 1000} s; the rest by OFFSET`);
      return encodeCursor(last.s, last.id);
    }
    const url = `http://127.0.0.1:${port}/api/${record}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers });
    const body = (await response.json()) as { nextCursor: string | null };
    if (!body.nextCursor) throw new Error(`${record}: only ${walked} pages`);
    cursor = body.nextCursor;
  }
  console.log(
    `${record}: walked ${page - 1} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return cursor as string;
}
