import http from 'node:http';
import { type Summary, summarise } from './stats.js';

export interface LoadOptions {
  port: number;
  path: string;
  headers?: Record<string, string>;
  /** GET by default; with `body`, each request sends a fresh JSON body (e.g. unique names). */
  method?: 'GET' | 'POST';
  body?: () => string;
  connections: number;
  durationMs: number;
}

/**
 * Closed-loop load: `connections` keep-alive clients each send the next request as soon as the
 * previous one is answered, for a fixed time. Every latency is recorded, so percentiles are exact.
 */
export async function runLoad(options: LoadOptions): Promise<Summary> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;

  const once = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const body = options.body?.();
      const headers = body
        ? {
            ...options.headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          }
        : options.headers;
      const request = http.request(
        { host: '127.0.0.1', port: options.port, path: options.path, method: options.method, headers, agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) latencies.push(performance.now() - t0);
            else errors++;
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors++;
        resolve();
      });
      request.end(body);
    });

  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  agent.destroy();
  return summarise(latencies, errors, performance.now() - started);
}
