// `npm run bench -- opportunities`: the kanban board on 200,000 generated opportunities (on master
// data), over HTTP against a real Kontor server: the whole board (every stage with count, sums
// and its first 50 cards), the board with a list filter, the next page of one column, and a move
// of a card to another stage (POST …/move: version check, stage change, timeline entry, field
// history). Goal for the board: p95 ≤ 50 ms. See bench/README.md.
import os from 'node:os';
import path from 'node:path';
import { generateOpportunities } from '../generate/opportunity-rows.ts';
import { runLoad } from '../load.ts';
import { startTarget, stopTarget } from '../processes.ts';
import { percentile, type Summary } from '../stats.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';
import { prepareDatabase } from './master-data/database.ts';

const BOARD_GOAL_MS = 50;

export async function opportunitiesSuite(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 1);
  const organizations = Number(process.env.BENCH_ORGANIZATIONS ?? 50_000);
  const { database, cleanup, reuse, probe } = await prepareDatabase(organizations, organizations);
  const existing = await probe.db
    .selectFrom('opportunities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) === 0) {
    const count = Number(process.env.BENCH_OPPORTUNITIES ?? 200_000);
    console.log(`generating ${count.toLocaleString('en-GB')} opportunities (${database.engine}) …`);
    await generateOpportunities({ database, opportunities: count });
  }
  const total = await probe.db
    .selectFrom('opportunities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await probe.close();

  const server = await startTarget<KontorTargetInfo>('kontor.ts', {
    ...process.env,
    ...(database.engine === 'sqlite'
      ? { BENCH_KONTOR_DATA_DIR: path.dirname(database.file) }
      : { BENCH_KONTOR_DATABASE_URL: database.url }),
  });
  const { port, token, engine } = server.info;
  const headers = { authorization: `Bearer ${token}` };
  const call = async (method: string, url: string, body?: object) => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`);
    return { json, ms: performance.now() - started };
  };

  const loadBefore = os.loadavg()[0] ?? 0;
  const board = (await call('GET', '/api/opportunities/board')).json as {
    columns: { stage: { id: string }; count: number; nextCursor: string | null; cards: { id: string }[] }[];
  };
  const busiest = [...board.columns].sort((a, b) => b.count - a.count)[0];
  const rows: string[] = [];
  const measure = async (label: string, url: string, goal?: number) => {
    await runLoad({ port, path: url, headers, connections, durationMs: 500 });
    const summary = await runLoad({ port, path: url, headers, connections, durationMs: seconds * 1000 });
    rows.push(row(label, engine, summary, goal));
  };
  await measure('GET /api/opportunities/board', '/api/opportunities/board', BOARD_GOAL_MS);
  await measure(
    'GET …/board?filter[expectedRevenue]=>100000',
    `/api/opportunities/board?${new URLSearchParams({ 'filter[expectedRevenue]': '>100000' })}`,
    BOARD_GOAL_MS,
  );
  await measure(
    'GET …/board?filter[status]=Verloren|Geschlossen',
    `/api/opportunities/board?${new URLSearchParams({ 'filter[status]': 'Verloren|Geschlossen' })}`,
    BOARD_GOAL_MS,
  );
  if (busiest?.nextCursor)
    await measure(
      'GET …/board/:stageId?cursor (page 2)',
      `/api/opportunities/board/${busiest.stage.id}?cursor=${encodeURIComponent(busiest.nextCursor)}`,
    );

  // Moves: one card back and forth between two stages, one request after the other, each with
  // the version the previous move answered.
  const [first, second] = board.columns;
  const cardId = first?.cards[0]?.id;
  if (!first || !second || !cardId) throw new Error('no card to move');
  let version = ((await call('GET', `/api/opportunities/${cardId}`)).json.version as number) ?? 1;
  const moves: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < deadline || moves.length < 20; i++) {
    const target = i % 2 === 0 ? second.stage.id : first.stage.id;
    const moved = await call('POST', `/api/opportunities/${cardId}/move`, { stageId: target, version });
    version = moved.json.version as number;
    if (i >= 5) moves.push(moved.ms);
  }
  await stopTarget(server);
  if (!reuse) await cleanup();

  const sorted = moves.sort((a, b) => a - b);
  console.log(`\n| request | engine | n | req/s | p50 ms | p95 ms | p99 ms | goal p95 |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const line of rows) console.log(line);
  console.log(
    `| POST /api/opportunities/:id/move (sequential) | ${engine} | ${sorted.length} | – | ${percentile(sorted, 0.5).toFixed(1)} | ${percentile(sorted, 0.95).toFixed(1)} | ${percentile(sorted, 0.99).toFixed(1)} | – |`,
  );
  console.log(
    `\n${Number(total.n).toLocaleString('en-GB')} opportunities, ${board.columns.length} stages, ${connections} connection(s). ` +
      `Load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after.`,
  );
}

function row(label: string, engine: string, s: Summary, goal?: number): string {
  const verdict = goal === undefined ? '–' : `≤ ${goal} ms ${s.p95 <= goal ? 'met' : 'MISSED'}`;
  return `| ${label} | ${engine} | ${s.requests}${s.errors ? ` (${s.errors} errors)` : ''} | ${s.perSecond.toFixed(0)} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.p99.toFixed(1)} | ${verdict} |`;
}
