import http from 'node:http';
import { type Summary, summarise } from './stats.js';

export interface LoadOptions {
  port: number;
  path: string;
  headers?: Record<string, string>;
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
      const request = http.get(
        { host: '127.0.0.1', port: options.port, path: options.path, headers: options.headers, agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) latencies.push(performance.now() - t0);
            else errors++;
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors++;
        resolve();
      });
    });

  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  agent.destroy();
  return summarise(latencies, errors, performance.now() - started);
}
