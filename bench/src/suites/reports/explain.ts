// Why a report view misses its goal: the statements Kontor's own report code issues for the view
// (run in the bench process on the probe's connection, as the user the case ran for), each timed
// on the bare driver, and the query plan of the slowest — which statement is slow, and why.
import { type ReportViewQuery, reportViewSchema } from '@kontor/domain/reports';
import { reportNamed } from '@kontor/server/src/modules/reports/registry.ts';
import { resolveView } from '@kontor/server/src/modules/reports/view.ts';
import type { Engine } from '@kontor/server/src/platform/db/connection.ts';
import { percentile } from '../../stats.ts';
import { principalOf } from '../activities/setup.ts';
import { formatSql, type Probe, type Statement } from '../master-data/probe.ts';
import type { ReportCase } from './cases.ts';

const RUNS = 3;

export async function explainCase(probe: Probe, engine: Engine, item: ReportCase, userId: string) {
  const report = reportNamed(item.report);
  if (!report) {
    console.log(
      `   (report ${item.report} is not in this process's registry: restart the suite to explain it)`,
    );
    return;
  }
  const principal = await principalOf(probe, userId);
  const query: ReportViewQuery = reportViewSchema.parse(item.query);
  const statements = await probe.capture(() =>
    report.compute({
      db: probe.db,
      engine,
      principal,
      language: 'de',
      view: resolveView(report.def, query, new Date()),
    }),
  );
  const timed = [];
  for (const statement of statements) {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await probe.execute(statement);
      runs.push(performance.now() - started);
    }
    timed.push({
      statement,
      ms: percentile(
        runs.sort((a, b) => a - b),
        0.5,
      ),
    });
  }
  const total = timed.reduce((sum, t) => sum + t.ms, 0);
  console.log(
    `   ${statements.length} statements, ${total.toFixed(0)} ms on the bare driver (median of ${RUNS}):`,
  );
  for (const { statement, ms } of timed)
    console.log(`   ${ms.toFixed(1).padStart(8)} ms  ${statement.sql.replace(/\s+/g, ' ').slice(0, 140)}`);
  const slowest = [...timed].sort((a, b) => b.ms - a.ms)[0];
  if (!slowest) return;
  console.log(`   slowest (${slowest.ms.toFixed(1)} ms):\n${formatSql(slowest.statement)}`);
  for (const line of await planOf(probe, engine, slowest.statement)) console.log(`     ${line}`);
}

/** PostgreSQL's plan as it ran (times, rows, buffers); SQLite's EXPLAIN QUERY PLAN. */
async function planOf(probe: Probe, engine: Engine, statement: Statement): Promise<string[]> {
  if (engine === 'sqlite') return probe.plan(statement);
  const rows = (await probe.execute({
    sql: `explain (analyze, buffers) ${statement.sql}`,
    parameters: statement.parameters,
  })) as Record<string, string>[];
  return rows.map((row) => row['QUERY PLAN'] ?? '');
}
