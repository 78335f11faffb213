import { problemTypeOf } from '@kontor/domain/problem';
import type { Language } from '@kontor/domain/users';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { responseLanguage } from '../i18n/language.js';
import { type ProblemCode, problemDetail, problemTitle } from './messages.js';
import { AppError, type FieldError, type ProblemBody, sendProblem } from './problem.js';
import { validationMessage } from './validation-messages.js';

/** Fastify's own client errors and the problem each one is for a person. */
const FRAMEWORK_CODES: Record<string, { status: number; code: ProblemCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed-json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed-json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body-too-large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad-request' },
  FST_ERR_BAD_URL: { status: 400, code: 'bad-url' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri-too-long' },
};

export function languageOf(request: FastifyRequest): Language {
  return responseLanguage(request.principal?.language, request.headers?.['accept-language']);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}

/**
 * Turns any error into problem details. Also Fastify's `frameworkErrors` option: the router
 * reports malformed URLs there, before any route or error handler exists for the request.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const language = languageOf(request);
  const { problem, headers } = toProblem(error, request, language);
  if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, { ...problem, instance: request.url.split('?')[0] }, headers);
}

function problem(
  status: number,
  code: ProblemCode,
  language: Language,
  params?: Record<string, string | number>,
): ProblemBody {
  return {
    type: problemTypeOf(code),
    title: problemTitle(status, language),
    status,
    detail: problemDetail(code, language, params),
  };
}

function toProblem(
  error: FastifyError,
  request: FastifyRequest,
  language: Language,
): { problem: ProblemBody; headers?: Record<string, string> } {
  if (error instanceof AppError) {
    const { params, fields, headers } = error.options;
    const coded = fields?.map((f) => ({ path: f.path, message: problemDetail(f.code, language, params) }));
    const errors =
      coded || error.options.errors ? [...(coded ?? []), ...(error.options.errors ?? [])] : undefined;
    return {
      problem: { ...problem(error.status, error.code, language, params), ...(errors ? { errors } : {}) },
      headers,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (request as unknown as Record<string, unknown>)[error.validationContext ?? 'body'];
    return {
      problem: { ...problem(400, 'validation-error', language), errors: fieldErrors(error, part, language) },
    };
  }
  const known = error.code ? FRAMEWORK_CODES[error.code] : undefined;
  if (known) return { problem: problem(known.status, known.code, language) };
  if (error.statusCode === 429) return { problem: problem(429, 'rate-limited', language) };
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    request.log.info({ code: error.code }, 'client error');
    return { problem: problem(status, 'bad-request', language) };
  }
  return { problem: problem(500, 'internal-error', language) };
}

type ZodValidationError = FastifyError & {
  validation: { instancePath: string; keyword: string; params: Record<string, unknown> }[];
};

function fieldErrors(error: FastifyError, part: unknown, language: Language): FieldError[] {
  return (error as ZodValidationError).validation.flatMap((issue) => {
    const segments = issue.instancePath.split('/').filter(Boolean);
    // Unknown fields are reported once per field, at the field, so forms can mark it.
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      return issue.params.keys.map((key) => ({
        path: [...segments, String(key)].join('.'),
        message: validationMessage(issue, undefined, language),
      }));
    }
    const input = segments.reduce<unknown>(
      (value, key) => (value as Record<string, unknown> | undefined)?.[key],
      part,
    );
    return [{ path: segments.join('.'), message: validationMessage(issue, input, language) }];
  });
}

export function notFoundProblem(reply: FastifyReply, request: FastifyRequest, allowedMethods: string[]) {
  const language = languageOf(request);
  const instance = request.url.split('?')[0];
  // 405 only when the method is really not offered; a path the router declined for another
  // reason, though a route of this method fits, is simply not found.
  if (allowedMethods.length > 0 && !allowedMethods.includes(request.method)) {
    const methods = allowedMethods.join(', ');
    return sendProblem(
      reply,
      { ...problem(405, 'method-not-allowed', language, { methods }), instance },
      { allow: methods },
    );
  }
  return sendProblem(reply, { ...problem(404, 'route-not-found', language), instance });
}
