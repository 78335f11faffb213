// `npm run bench`: drives each target with the same closed-loop load and prints one table.
// BENCH_SECONDS (default 5) and BENCH_CONNECTIONS (default 10) tune the run; DATABASE_URL
// runs Kontor on PostgreSQL instead of SQLite.
import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runLoad } from './load.js';
import type { Summary } from './stats.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Started<T> {
  child: ChildProcess;
  info: T;
}

function start<T>(script: string): Promise<Started<T>> {
  const child = fork(path.join(import.meta.dirname, 'targets', script), {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('message', (info) => resolve({ child, info: info as T }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** Peak resident memory of a process (Linux VmHWM), in MiB. */
function peakMemoryMiB(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const kontor = await start<{ port: number; token: string; engine: string }>('kontor.ts');
const bare = await start<{ port: number }>('bare.ts');
const load = (port: number, urlPath: string, headers?: Record<string, string>) =>
  runLoad({ port, path: urlPath, headers, connections, durationMs: 500 }).then(() =>
    runLoad({ port, path: urlPath, headers, connections, durationMs: seconds * 1000 }),
  );

const rows: [string, Summary, number][] = [];
const bareResult = await load(bare.info.port, '/');
rows.push(['bare Fastify handler', bareResult, peakMemoryMiB(bare.child.pid)]);
const health = await load(kontor.info.port, '/api/health');
const me = await load(kontor.info.port, '/api/users/me', { authorization: `Bearer ${kontor.info.token}` });
const kontorPeak = peakMemoryMiB(kontor.child.pid);
rows.push([`GET /api/health (${kontor.info.engine})`, health, kontorPeak]);
rows.push([`GET /api/users/me, token (${kontor.info.engine})`, me, kontorPeak]);

kontor.child.disconnect();
bare.child.disconnect();

const fmt = (n: number, digits = 2) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
console.log(
  `\n${seconds} s per target, ${connections} connections, Node ${process.version}, ${process.platform}/${process.arch}\n`,
);
console.log('| target | p50 ms | p95 ms | p99 ms | req/s | vs bare | errors | peak RSS MiB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, s, rss] of rows) {
  const ratio = s.perSecond / bareResult.perSecond;
  console.log(
    `| ${name} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.perSecond, 0)} | ${fmt(ratio)}× | ${s.errors} | ${fmt(rss, 0)} |`,
  );
}
