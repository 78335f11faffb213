// The reports suite's result table: one line per case and person, with the goal and whether the
// p95 met it, and the load average when the case finished (other work shares the machine).
import type { ReportCase } from './cases.ts';
import type { Samples } from './sample.ts';

export interface ResultRow {
  item: ReportCase;
  person: { label: string; userId: string };
  samples: Samples | null;
  /** Why there are no samples (an error answer). */
  failure?: string;
  load: number;
}

export const missed = (row: ResultRow) => row.samples !== null && row.samples.p95 > row.item.goalMs;

export function printResults(engine: string, rows: readonly ResultRow[]): void {
  console.log(`\n| report (${engine}) | view | user | n | p50 ms | p95 ms | p99 ms | goal p95 | load |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const { item, samples } = row;
    const figures = samples
      ? `${samples.n} | ${samples.p50.toFixed(1)} | ${samples.p95.toFixed(1)} | ${samples.p99.toFixed(1)}`
      : `– | – | – | ${row.failure ?? 'no answer'}`;
    const verdict = samples ? `≤ ${item.goalMs} ms ${missed(row) ? 'MISSED' : 'met'}` : `≤ ${item.goalMs} ms`;
    console.log(
      `| ${item.report} | ${item.view} | ${row.person.label} | ${figures} | ${verdict} | ${row.load.toFixed(1)} |`,
    );
  }
}

/** Resident memory of a process now and at its peak (Linux VmRSS / VmHWM), in MiB. */
export function memoryMiB(status: string): { now: number; peak: number } {
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
