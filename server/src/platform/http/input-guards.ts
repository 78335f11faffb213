import type { FastifyInstance } from 'fastify';
import { AppError } from './problem.js';

const nulCharacter = () => new AppError(400, 'nul-character');
const illFormedText = () => new AppError(400, 'ill-formed-text');

/**
 * Text both engines cannot store alike is refused at the door: PostgreSQL rejects U+0000 and
 * fails the whole statement; a lone UTF-16 surrogate would be stored differently by each
 * engine. Checked in the path, the query and JSON bodies.
 */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url)) throw nulCharacter();
  });
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    // Within JSON, U+0000 and surrogates can only appear escaped (raw ones are not valid UTF-8).
    if (/\\u0000/i.test(text)) return done(nulCharacter(), undefined);
    const mayHoldSurrogates = /\\u[dD][89a-fA-F]/.test(text);
    parseJson(request, text, (error, value) => {
      if (!error && mayHoldSurrogates && !isWellFormedDeep(value)) return done(illFormedText(), undefined);
      done(error, value);
    });
  });
}

/** Walks a parsed JSON value without recursion (deep nesting must not overflow the stack). */
function isWellFormedDeep(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return false;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) pending.push(key, child);
    }
  }
  return true;
}
