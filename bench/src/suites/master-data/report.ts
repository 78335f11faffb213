// The suite's output: query plans, the setting, and one table row per case against its goal.
import os from 'node:os';
import type { Summary } from '../../stats.ts';

/** p95 goals for HTTP latency, in ms. */
export const GOALS: Record<string, number> = {
  'first page': 25,
  'two filters + sort': 40,
  'page 1,000 via cursor': 25,
  'create contact': 10,
  'global search müller': 30,
  'global search Mülller': 30,
};

export interface Row {
  label: string;
  engine: string;
  http: Summary;
  sql: { p50: number; p95: number };
  all: { p50: number; p95: number };
  reps: number;
  goal?: number;
}

export function printReport(
  rows: Row[],
  plans: string[],
  sizes: { contacts: unknown; organizations: unknown },
  seconds: number,
  connections: number,
): void {
  const fmt = (n: number, digits = 2) =>
    Number.isFinite(n)
      ? n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
      : '–';
  console.log('\nQuery plans (the list query of each request, as the server issues it):\n');
  console.log(plans.join('\n'));
  console.log(
    `\n${Number(sizes.contacts).toLocaleString('en-GB')} contacts, ${Number(sizes.organizations).toLocaleString('en-GB')} organisations; ${seconds} s per case, ${connections} connections, Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs`,
  );
  console.log(
    'SQL = the list statement alone (for creates: all of it); all SQL = every statement of the request in sequence; both replayed sequentially on one connection, as often as HTTP requests completed.\n',
  );
  console.log(
    '| case | engine | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | ratio | req/s | all SQL p50 | all SQL p95 | goal p95 | errors | n |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const verdict =
      row.goal === undefined ? '' : row.http.p95 <= row.goal ? ` ≤ ${row.goal} ✓` : ` ≤ ${row.goal} ✗`;
    console.log(
      `| ${row.label} | ${row.engine} | ${fmt(row.http.p50)} | ${fmt(row.http.p95)} | ${fmt(row.sql.p50)} | ${fmt(row.sql.p95)} | ${fmt(row.http.p95 / row.sql.p95, 1)}× | ${fmt(row.http.perSecond, 0)} | ${fmt(row.all.p50)} | ${fmt(row.all.p95)} |${verdict} | ${row.http.errors} | ${row.reps} |`,
    );
  }
}
