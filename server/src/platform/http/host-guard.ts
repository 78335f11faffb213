import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { AppError } from './problem.js';

/**
 * Answers only requests addressed to Kontor itself: its KONTOR_PUBLIC_URL host, localhost or a
 * bare IP address. This defeats DNS rebinding, where a foreign site resolves its own name to
 * this server and would pass every same-origin check (e.g. to run the first-admin setup).
 */
export function registerHostGuard(app: FastifyInstance, publicUrl: string | undefined): void {
  const configuredHost = publicUrl ? new URL(publicUrl).host.toLowerCase() : undefined;
  app.addHook('onRequest', async (request) => {
    const host = (request.headers.host ?? '').toLowerCase();
    if (host === configuredHost || isLocalOrIp(host)) return;
    throw new AppError(421, 'host-not-allowed');
  });
}

function isLocalOrIp(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0;
}
