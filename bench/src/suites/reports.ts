// `npm run bench -- reports`: issue 6's speed goals on the scale data (1M contacts, activities,
// 300,000 leads, 200,000 opportunities, 500,000 quotations with their orders), over HTTP
// against a real Kontor server, signed in as the admin and as a sales colleague who sees only
// their own records: for every report the server lists (read at run time) the default view
// (goal p95 ≤ 300 ms), every single-dimension regrouping and the comparison with the previous
// period (goal p95 ≤ 1 s), and the dashboard (≤ 300 ms) when the server has one. Views that miss
// their goal get their statements timed and the slowest one's plan printed. See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPORT_NAMES, type ReportDef } from '@kontor/domain/reports';
import { startTarget, stopTarget } from '../processes.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';
import { DEFAULT_GOAL_MS, pathOf, type ReportCase, reportCases } from './reports/cases.ts';
import { dataSizes, prepareReportData } from './reports/database.ts';
import { explainCase } from './reports/explain.ts';
import { getJson, sample } from './reports/sample.ts';
import { BENCH_ADMIN_EMAIL, type Person, salesColleague, signIn } from './reports/sign-in.ts';
import { memoryMiB, missed, printResults, type ResultRow } from './reports/table.ts';

export async function reportsSuite(): Promise<void> {
  const timing = {
    seconds: Number(process.env.BENCH_SECONDS ?? 3),
    minimum: Number(process.env.BENCH_MIN_REQUESTS ?? 10),
    warmup: 2,
  };
  const { database, cleanup, reuse, probe } = await prepareReportData();
  const sizes = await dataSizes(probe);
  const colleague = await salesColleague(probe);

  const server = await startTarget<KontorTargetInfo>('kontor.ts', {
    ...process.env,
    ...(database.engine === 'sqlite'
      ? { BENCH_KONTOR_DATA_DIR: path.dirname(database.file) }
      : { BENCH_KONTOR_DATABASE_URL: database.url }),
  });
  const { port, engine, adminId } = server.info;
  const people: Person[] = [
    await signIn(port, 'admin', { id: adminId, email: BENCH_ADMIN_EMAIL }),
    await signIn(port, `sales, own (${colleague.name})`, colleague),
  ];
  const [admin] = people;
  if (!admin) throw new Error('no admin');
  const listed = await getJson(port, '/api/reports', { cookie: admin.cookie });
  const defs = (listed.body as { items: ReportDef[] }).items;
  const absent = REPORT_NAMES.filter((name) => !defs.some((def) => def.name === name));
  console.log(
    `reports listed: ${defs.map((def) => def.name).join(', ')}${absent.length ? `; not registered (yet): ${absent.join(', ')}` : ''}`,
  );

  const loadBefore = os.loadavg()[0] ?? 0;
  const rows: ResultRow[] = [];
  const measure = async (item: ReportCase, url: string) => {
    for (const person of people) {
      try {
        const samples = await sample(url, { port, headers: { cookie: person.cookie }, ...timing });
        rows.push({ item, person, samples, load: os.loadavg()[0] ?? 0 });
      } catch (error) {
        const failure = (error as Error).message.replace(/^GET \S+: /, '').slice(0, 80);
        rows.push({ item, person, samples: null, failure, load: os.loadavg()[0] ?? 0 });
      }
    }
  };
  for (const def of defs) for (const item of reportCases(def, new Date())) await measure(item, pathOf(item));

  const dashboard = await getJson(port, '/api/dashboard', { cookie: admin.cookie });
  if (dashboard.status === 404)
    console.log('GET /api/dashboard answers 404: no dashboard on this server yet, skipped');
  else
    await measure(
      { report: 'dashboard', view: 'GET /api/dashboard', query: {}, goalMs: DEFAULT_GOAL_MS },
      '/api/dashboard',
    );
  const memory = memoryMiB(fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8'));
  await stopTarget(server);

  printResults(engine, rows);
  const goals = rows.filter((row) => row.samples);
  console.log(
    `\n${sizes}. ${goals.length - goals.filter(missed).length} of ${goals.length} cases met their goal; ` +
      `${rows.length - goals.length} failed. One request at a time over HTTP, ≥ ${timing.seconds} s and ≥ ${timing.minimum} requests per case. ` +
      `Server memory ${memory.now.toFixed(0)} MiB resident at the end, ${memory.peak.toFixed(0)} MiB at its peak. ` +
      `Load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] ?? 0).toFixed(1)} after (${os.cpus().length} cores).`,
  );

  // After the server stopped: the misses' statements and plans, without the HTTP load beside them.
  for (const row of rows.filter(missed)) {
    if (row.item.report === 'dashboard') continue;
    console.log(
      `\n${row.item.report} ${row.item.view} as ${row.person.label}: p95 ${row.samples?.p95.toFixed(0)} ms`,
    );
    await explainCase(probe, engine, row.item, row.person.userId);
  }
  await probe.close();
  if (!reuse) await cleanup();
}
