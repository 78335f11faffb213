import type { FastifyReply } from 'fastify';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * A failure a person can act on. Services throw these; the error handler turns them into
 * RFC 9457 problem details. `code` names the problem type; `title` and `detail` are
 * shown to users, so they must never contain secrets or internals.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new AppError(400, 'validation-error', 'Ungültige Eingabe', detail, errors);
export const unauthorized = (detail = 'Bitte melden Sie sich an.') =>
  new AppError(401, 'unauthorized', 'Nicht angemeldet', detail);
export const forbidden = (detail = 'Ihnen fehlt die Berechtigung für diese Aktion.') =>
  new AppError(403, 'forbidden', 'Keine Berechtigung', detail);
export const notFound = (detail = 'Der Datensatz existiert nicht oder wurde gelöscht.') =>
  new AppError(404, 'not-found', 'Nicht gefunden', detail);
export const conflict = (detail: string, code = 'conflict') => new AppError(409, code, 'Konflikt', detail);
export const staleVersion = () =>
  conflict(
    'Der Datensatz wurde inzwischen von jemand anderem geändert. Laden Sie ihn neu und wiederholen Sie Ihre Änderung.',
    'stale-version',
  );

export function problemType(code: string): string {
  return `urn:kontor:problem:${code}`;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export function sendProblem(reply: FastifyReply, problem: ProblemBody, headers?: Record<string, string>) {
  return reply
    .code(problem.status)
    .headers(headers ?? {})
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problem);
}
