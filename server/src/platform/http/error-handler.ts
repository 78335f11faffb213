import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError, type ProblemBody, problemType, sendProblem } from './problem.js';

/** Fastify's own 4xx errors, translated into messages a person understands. */
const FRAMEWORK_PROBLEMS: Record<string, { status: number; code: string; title: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'malformed-json',
    title: 'Ungültiges JSON',
    detail: 'Der Anfrageinhalt ist kein gültiges JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'malformed-json',
    title: 'Ungültiges JSON',
    detail: 'Der Anfrageinhalt ist leer, obwohl JSON angekündigt wurde.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body-too-large',
    title: 'Anfrage zu groß',
    detail: 'Der Anfrageinhalt überschreitet die erlaubte Größe.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported-media-type',
    title: 'Nicht unterstütztes Format',
    detail: 'Senden Sie den Inhalt als application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid-content-length',
    title: 'Ungültige Anfrage',
    detail: 'Die angegebene Länge passt nicht zum Inhalt.',
  },
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { problem, headers } = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, { ...problem, instance: request.url.split('?')[0] }, headers);
  });
}

function toProblem(error: FastifyError, request: FastifyRequest): { problem: ProblemBody; headers?: Record<string, string> } {
  if (error instanceof AppError) {
    return {
      problem: {
        type: problemType(error.code),
        title: error.title,
        status: error.status,
        ...(error.detail ? { detail: error.detail } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
      },
      headers: error.headers,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((issue) => ({
      path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
      message: issue.message ?? 'ungültig',
    }));
    const where = error.validationContext === 'body' ? '' : ` (${error.validationContext})`;
    return {
      problem: {
        type: problemType('validation-error'),
        title: 'Ungültige Eingabe',
        status: 400,
        detail: `Bitte prüfen Sie die markierten Angaben${where}.`,
        errors,
      },
    };
  }
  const known = error.code ? FRAMEWORK_PROBLEMS[error.code] : undefined;
  if (known) {
    return { problem: { type: problemType(known.code), title: known.title, status: known.status, detail: known.detail } };
  }
  if (error.statusCode === 429) {
    return {
      problem: {
        type: problemType('rate-limited'),
        title: 'Zu viele Anfragen',
        status: 429,
        detail: 'Bitte warten Sie einen Moment und versuchen Sie es erneut.',
      },
    };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Other client errors from the framework: keep the status, hide the internal wording.
    request.log.info({ code: error.code }, 'client error');
    return { problem: { type: problemType('bad-request'), title: 'Ungültige Anfrage', status, detail: error.message.slice(0, 200) } };
  }
  return {
    problem: {
      type: problemType('internal-error'),
      title: 'Interner Fehler',
      status: 500,
      detail: 'Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert; bitte versuchen Sie es erneut.',
    },
  };
}

export function notFoundProblem(reply: FastifyReply, url: string, allowedMethods: string[]) {
  const path = url.split('?')[0];
  if (allowedMethods.length > 0) {
    return sendProblem(
      reply,
      {
        type: problemType('method-not-allowed'),
        title: 'Methode nicht erlaubt',
        status: 405,
        detail: `Diese Adresse unterstützt nur ${allowedMethods.join(', ')}.`,
        instance: path,
      },
      { allow: allowedMethods.join(', ') },
    );
  }
  return sendProblem(reply, {
    type: problemType('route-not-found'),
    title: 'Nicht gefunden',
    status: 404,
    detail: 'Diese API-Adresse gibt es nicht.',
    instance: path,
  });
}
