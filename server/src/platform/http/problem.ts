import type { FastifyReply } from 'fastify';
import type { Params, ProblemCode } from './messages.js';

/** An invalid field: its dotted path and the problem code whose text describes it. */
export interface FieldProblem {
  path: string;
  code: ProblemCode;
}

export interface FieldError {
  path: string;
  message: string;
  /** Where in the field's text the problem lies (filter expressions), as character offsets. */
  start?: number;
  end?: number;
}

/**
 * A failure a person can act on. Services throw these with a problem code; the error handler
 * turns them into RFC 9457 problem details in the caller's language (see messages.ts).
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly options: {
      params?: Params;
      fields?: FieldProblem[];
      /** Field errors whose messages are already written in the caller's language. */
      errors?: FieldError[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
  }
}

/** A 400 whose only cause is one field: the problem and the field share one text. */
export const invalidField = (path: string, code: ProblemCode) =>
  new AppError(400, code, { fields: [{ path, code }] });
export const unauthorized = (code: ProblemCode = 'unauthorized') => new AppError(401, code);
export const forbidden = (code: ProblemCode = 'forbidden') => new AppError(403, code);
export const notFound = (code: ProblemCode) => new AppError(404, code);
export const conflict = (code: ProblemCode, fields?: FieldProblem[]) => new AppError(409, code, { fields });
export const staleVersion = () => conflict('stale-version');

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
