// The default suite: the bare Fastify handler against Kontor's health and token-authenticated
// /api/users/me, to see the framework and auth overhead on a fresh, empty database.
import { runLoad } from '../load.ts';
import { peakMemoryMiB, startTarget, stopTarget } from '../processes.ts';
import type { Summary } from '../stats.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';

export async function healthSuite(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
  const kontor = await startTarget<KontorTargetInfo>('kontor.ts');
  const bare = await startTarget<{ port: number }>('bare.ts');
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

  await Promise.all([stopTarget(kontor), stopTarget(bare)]);

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
}
