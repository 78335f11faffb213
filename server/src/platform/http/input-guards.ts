import type { FastifyInstance } from 'fastify';
import { AppError } from './problem.js';

const nulCharacter = () => new AppError(400, 'nul-character');

/**
 * PostgreSQL cannot store U+0000 in text and fails the whole statement, so it is refused at
 * the door, in the path, the query and JSON bodies alike, on both engines.
 */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url)) throw nulCharacter();
  });
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    // Within JSON, U+0000 can only appear escaped; a raw NUL byte is already invalid JSON.
    if (/\\u0000/i.test(text)) return done(nulCharacter(), undefined);
    parseJson(request, text, done);
  });
}
