import type { FastifyRequest } from 'fastify';
import type { LevelWithSilent } from 'pino';

// Secrets that travel in URL paths (invitation links) must not reach the log.
const SECRET_IN_PATH = /\/(invitations?)\/[^/?#]+/g;

export function redactUrl(url: string): string {
  return url.replace(SECRET_IN_PATH, '/$1/[redacted]');
}

/** Pino options for the server: request lines carry method, URL (secrets masked) and address, never headers. */
export function loggerOptions(level: LevelWithSilent) {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
