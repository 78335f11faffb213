// `npm run bench -- quotations`: on 200,000 generated opportunities and 500,000 quotations (with
// their lines, on master data), the two sales writes users wait for, over HTTP against a real
// Kontor server, one request after the other: saving a draft with 100 lines (PATCH, all lines
// replaced, totals computed and stored, field history) and ordering an open quotation (POST
// …/order: the order booked with its lines, the quotation Ordered, its opportunity and lead
// Converted, their system entries). Goal for both: p95 ≤ 20 ms. See bench/README.md.
import os from 'node:os';
import path from 'node:path';
import { generateSales } from '../generate/quotation-rows.ts';
import { startTarget, stopTarget } from '../processes.ts';
import { percentile } from '../stats.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';
import { prepareDatabase } from './master-data/database.ts';

const GOAL_MS = 20;

export async function quotationsSuite(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const orders = Number(process.env.BENCH_ORDERS ?? 300);
  const organizations = Number(process.env.BENCH_ORGANIZATIONS ?? 50_000);
  const { database, cleanup, reuse, probe } = await prepareDatabase(organizations, organizations);
  const quotations = await probe.db
    .selectFrom('quotations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(quotations.n) === 0) {
    const opportunityCount = Number(process.env.BENCH_OPPORTUNITIES ?? 200_000);
    const quotationCount = Number(process.env.BENCH_QUOTATIONS ?? 500_000);
    console.log(
      `generating ${opportunityCount.toLocaleString('en-GB')} opportunities and ${quotationCount.toLocaleString('en-GB')} quotations (${database.engine}) …`,
    );
    await generateSales({ database, opportunities: opportunityCount, quotations: quotationCount });
  }
  const sizes = await probe.db
    .selectNoFrom((eb) => [
      eb.selectFrom('opportunities').select(eb.fn.countAll<number>().as('n')).as('opportunities'),
      eb.selectFrom('quotations').select(eb.fn.countAll<number>().as('n')).as('quotations'),
      eb.selectFrom('quotation_lines').select(eb.fn.countAll<number>().as('n')).as('lines'),
    ])
    .executeTakeFirstOrThrow();
  const organizationId = (
    await probe.db.selectFrom('organizations').select('id').limit(1).executeTakeFirstOrThrow()
  ).id;
  await probe.close();

  const server = await startTarget<KontorTargetInfo>('kontor.ts', {
    ...process.env,
    ...(database.engine === 'sqlite'
      ? { BENCH_KONTOR_DATA_DIR: path.dirname(database.file) }
      : { BENCH_KONTOR_DATABASE_URL: database.url }),
  });
  const { port, token, engine } = server.info;
  const call = async (method: string, url: string, body?: object) => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await response.json()) as Record<string, unknown>;
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`);
    return { json, ms };
  };
  const lines = (variant: number) =>
    Array.from({ length: 100 }, (_, i) => ({
      productId: null,
      description: `Position ${i + 1}: Wartung Anlage ${variant}`,
      quantityMilli: ((i % 9) + 1) * 500,
      unit: i % 3 === 0 ? 'Std.' : 'Stk',
      unitPriceCents: 199 + i * 317 + variant,
      discountBasisPoints: i % 4 === 0 ? 500 : 0,
      taxRate: i % 10 === 0 ? 7 : 19,
    }));

  const loadBefore = os.loadavg()[0] ?? 0;
  // PATCH: one draft saved again and again with 100 changed lines, for `seconds`.
  let draft = (await call('POST', '/api/quotations', { organizationId, lines: lines(0) })).json;
  const patches: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  for (let i = 1; performance.now() < deadline || patches.length < 20; i++) {
    const saved = await call('PATCH', `/api/quotations/${draft.id}`, {
      version: draft.version,
      lines: lines(i),
    });
    if (i > 5) patches.push(saved.ms); // the first ones warm up
    draft = saved.json;
  }

  // ORDER: open quotations of opportunities of leads, each ordered once.
  const stageId = ((await call('GET', '/api/pipeline-stages')).json.items as { id: string }[])[0]?.id;
  const ordered: number[] = [];
  for (let i = 0; i < orders + 5; i++) {
    const lead = (await call('POST', '/api/leads', { lastName: `Bench ${i}`, companyName: 'Bench GmbH' }))
      .json;
    const opportunity = (
      await call('POST', '/api/opportunities', {
        name: `Bench ${i}`,
        stageId,
        organizationId,
        leadId: lead.id,
      })
    ).json;
    const quotation = (
      await call('POST', '/api/quotations', { opportunityId: opportunity.id, lines: lines(i) })
    ).json;
    const submitted = (
      await call('POST', `/api/quotations/${quotation.id}/submit`, { version: quotation.version })
    ).json;
    const order = await call('POST', `/api/quotations/${quotation.id}/order`, { version: submitted.version });
    if (i >= 5) ordered.push(order.ms);
  }
  await stopTarget(server);
  if (!reuse) await cleanup();

  const row = (label: string, samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const p95 = percentile(sorted, 0.95);
    return `| ${label} | ${engine} | ${sorted.length} | ${percentile(sorted, 0.5).toFixed(1)} | ${p95.toFixed(1)} | ${percentile(sorted, 0.99).toFixed(1)} | ≤ ${GOAL_MS} ms ${p95 <= GOAL_MS ? 'met' : 'MISSED'} |`;
  };
  console.log('\n| request | engine | n | p50 ms | p95 ms | p99 ms | goal p95 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  console.log(row('PATCH /api/quotations/:id (100 lines)', patches));
  console.log(row('POST /api/quotations/:id/order (100 lines)', ordered));
  console.log(
    `\n${Number(sizes.opportunities).toLocaleString('en-GB')} opportunities, ${Number(sizes.quotations).toLocaleString('en-GB')} quotations, ${Number(sizes.lines).toLocaleString('en-GB')} lines; ` +
      `one request at a time over HTTP. Load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after.`,
  );
}
