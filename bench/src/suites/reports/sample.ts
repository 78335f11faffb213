// One GET after the other against the server, timed from request to the last byte of the body:
// reports take from milliseconds to seconds, so a fixed time alone would give a slow view too
// few samples for a p95 — each case runs for `seconds` and at least `minimum` requests.
import { percentile } from '../../stats.ts';

export interface Samples {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface SampleOptions {
  port: number;
  headers: Record<string, string>;
  seconds: number;
  minimum: number;
  /** Requests before the timed ones (plans cached, pages warm). */
  warmup: number;
}

/** The answer's status and body of one GET (for reading definitions and checking a case). */
export async function getJson(port: number, path: string, headers: Record<string, string>) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  const body = (await response.json().catch(() => null)) as unknown;
  return { status: response.status, body };
}

/** Times `path`; throws with the server's answer when a request fails. */
export async function sample(path: string, options: SampleOptions): Promise<Samples> {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${options.port}${path}`, { headers: options.headers });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
    return performance.now() - started;
  };
  for (let i = 0; i < options.warmup; i++) await once();
  const latencies: number[] = [];
  const deadline = performance.now() + options.seconds * 1000;
  while (performance.now() < deadline || latencies.length < options.minimum) latencies.push(await once());
  latencies.sort((a, b) => a - b);
  return {
    n: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}
