// Timing the captured statements on the bare driver, with fresh ids where the request made its own.
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { percentile } from '../../stats.ts';
import type { Probe, Statement } from './probe.ts';

/**
 * Replays the statements `reps` times (or until `budgetMs`) in order: the first alone and all
 * together. Parameters that are ids the request created get fresh ids each round.
 */
export async function timeStatements(
  probe: Probe,
  statements: Statement[],
  reps: number,
  budgetMs: number,
  fresh: Set<string> = new Set(),
) {
  const first: number[] = [];
  const all: number[] = [];
  const deadline = performance.now() + budgetMs;
  // Above every number earlier runs on a reused database may have drawn.
  let numbers = Date.now() * 1000;
  for (let i = 0; i < reps && performance.now() < deadline; i++) {
    const ids = new Map<string, string>();
    const renew = (s: Statement): Statement =>
      fresh.size === 0
        ? s
        : {
            sql: s.sql,
            parameters: s.parameters.map((p) => {
              if (typeof p !== 'string' || !fresh.has(p)) return p;
              if (!ids.has(p)) ids.set(p, /^[KL]\d+$/.test(p) ? `${p[0]}${++numbers}` : newId());
              return ids.get(p);
            }),
          };
    const t0 = performance.now();
    await probe.execute(renew(statements[0] as Statement));
    const t1 = performance.now();
    for (const statement of statements.slice(1)) await probe.execute(renew(statement));
    first.push(t1 - t0);
    all.push(performance.now() - t0);
  }
  const stats = (values: number[]) => {
    const sorted = values.sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  };
  return { sql: stats(first), all: stats(all), reps: first.length };
}

/** Ids in parameters that the captured request generated itself (so a replay must not reuse them). */
export function freshIds(statements: Statement[], known: Set<string>): Set<string> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const fresh = new Set<string>();
  for (const statement of statements)
    for (const p of statement.parameters)
      if (typeof p === 'string' && (uuid.test(p) || /^[KL]\d+$/.test(p)) && !known.has(p)) fresh.add(p);
  return fresh;
}
