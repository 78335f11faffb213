import { type Problem, problemSchema } from '@kontor/domain/problem';
import type { z } from 'zod';

/** A failed API call, carrying the server's RFC 9457 problem details. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Remembers the CSRF token of the current session; every non-GET request sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request other than login answers 401, i.e. the session has ended. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions<S extends z.ZodType | undefined> {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is instead of JSON, e.g. an uploaded file the server streams to disk. */
  raw?: { content: Blob; contentType: string };
  schema?: S;
  /** Set for the login call, where a 401 means wrong credentials, not an ended session. */
  allowUnauthorized?: boolean;
}

type Result<S> = S extends z.ZodType ? z.infer<S> : undefined;

export async function apiRequest<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': document.documentElement.lang || 'de',
  };
  if (options.raw) headers['Content-Type'] = options.raw.contentType;
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw
        ? options.raw.content
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'network', status: 0 });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (problem.status === 401 && !options.allowUnauthorized) unauthorizedHandler?.();
    throw new ApiError(problem);
  }
  if (!options.schema || response.status === 204) return undefined as Result<S>;
  return options.schema.parse(await response.json()) as Result<S>;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON (e.g. a proxy error page): fall back to the status line below.
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
}
