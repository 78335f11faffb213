// `npm run bench -- sse`: 500 concurrent SSE subscribers (50 signed-in users of four roles, 10
// streams each) on /api/events of a real Kontor server (fresh database, SQLite or DATABASE_URL's
// PostgreSQL); one publisher creates entries through POST /api/activities, one every
// BENCH_SSE_GAP_MS (default 100 ms). Prints how long each subscriber waited for each entry, from
// the entry's createdAt (set in the writing transaction, just before commit) to its arrival, and
// the server's resident memory idle, with the streams open, and at its peak.
import fs from 'node:fs';
import { peakMemoryMiB, startTarget, stopTarget } from '../processes.ts';
import { percentile } from '../stats.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';
import { openSubscriber, Receipts } from './sse/subscribers.ts';

const USERS = 'service:20,manager:10,read-only:10,sales:10';

function residentMiB(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function sseSuite(): Promise<void> {
  const subscribers = Number(process.env.BENCH_SSE_SUBSCRIBERS ?? 500);
  const entries = Number(process.env.BENCH_SSE_ENTRIES ?? 50);
  const gapMs = Number(process.env.BENCH_SSE_GAP_MS ?? 100);
  const kontor = await startTarget<KontorTargetInfo>('kontor.ts', {
    ...process.env,
    BENCH_SESSION_USERS: USERS,
  });
  const pid = kontor.child.pid;
  const base = `http://127.0.0.1:${kontor.info.port}`;
  const headers = { authorization: `Bearer ${kontor.info.token}`, 'content-type': 'application/json' };
  const post = async (path: string, body: object) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; createdAt: string };
  };
  const streams: { destroy(): void }[] = [];
  try {
    const rssIdle = residentMiB(pid);
    const receipts = new Receipts();
    const { sessions } = kontor.info;
    // Opened 50 at a time, as browsers arriving in a burst.
    for (let i = 0; i < subscribers; i += 50) {
      const batch = Array.from({ length: Math.min(50, subscribers - i) }, (_, j) =>
        openSubscriber(
          kontor.info.port,
          (sessions[(i + j) % sessions.length] as { cookie: string }).cookie,
          receipts,
        ),
      );
      streams.push(...(await Promise.all(batch)));
    }
    await pause(500);
    const rssOpen = residentMiB(pid);
    const organization = await post('/api/organizations', { name: 'Bench Live GmbH' });
    const links = [{ recordType: 'organization', recordId: organization.id }];
    // Warm-up: the first entries pay for compiling the code paths.
    for (let i = 0; i < 3; i += 1)
      await post('/api/activities', { type: 'note', subject: `Aufwärmen ${i}`, links });
    await pause(500);
    receipts.byEntry.clear();

    const written = new Map<string, number>();
    for (let i = 0; i < entries; i += 1) {
      const entry = await post('/api/activities', { type: 'call', subject: `Live-Messung ${i}`, links });
      written.set(entry.id, Date.parse(entry.createdAt));
      await pause(gapMs);
    }
    const deadline = Date.now() + 10_000;
    const complete = () =>
      [...written.keys()].every((id) => (receipts.byEntry.get(id)?.length ?? 0) >= subscribers);
    while (!complete() && Date.now() < deadline) await pause(100);
    const rssAfter = residentMiB(pid);

    const latencies: number[] = [];
    const lastPerEntry: number[] = [];
    let missing = 0;
    for (const [id, at] of written) {
      const times = receipts.byEntry.get(id) ?? [];
      missing += subscribers - times.length;
      for (const t of times) latencies.push(t - at);
      lastPerEntry.push(Math.max(...times) - at);
    }
    latencies.sort((a, b) => a - b);
    lastPerEntry.sort((a, b) => a - b);
    const fmt = (n: number, digits = 0) =>
      n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    console.log(
      `\n${subscribers} subscribers (${sessions.length} users: ${USERS}), ${entries} entries one every ${gapMs} ms, ${kontor.info.engine}, Node ${process.version}\n`,
    );
    console.log(
      '| engine | receipts | missing | p50 ms | p95 ms | p99 ms | max ms | last subscriber p50 / p99 ms | RSS idle / streams open / after MiB | peak RSS MiB |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |');
    console.log(
      `| ${kontor.info.engine} | ${fmt(latencies.length)} | ${fmt(missing)} | ${fmt(percentile(latencies, 0.5))} | ${fmt(percentile(latencies, 0.95))} | ${fmt(percentile(latencies, 0.99))} | ${fmt(latencies.at(-1) ?? Number.NaN)} | ${fmt(percentile(lastPerEntry, 0.5))} / ${fmt(percentile(lastPerEntry, 0.99))} | ${fmt(rssIdle)} / ${fmt(rssOpen)} / ${fmt(rssAfter)} | ${fmt(peakMemoryMiB(pid))} |`,
    );
    console.log(`\nGoal: every subscriber within 1 s (p99 ≤ 1,000 ms, nothing missing).`);
  } finally {
    for (const stream of streams) stream.destroy();
    await stopTarget(kontor);
  }
}
