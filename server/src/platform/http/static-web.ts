import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface StaticWeb {
  /** Sends the app's index.html for a client-side route; false when no web build exists. */
  sendApp(reply: FastifyReply): boolean;
}

/**
 * Serves the built single-page app. Hashed assets are cached for a year; index.html never,
 * so a new release is picked up at once. Paths that are no file are left to the not-found
 * handler, which answers app routes with index.html.
 */
export async function registerStaticWeb(
  app: FastifyInstance,
  distDir: string | undefined,
): Promise<StaticWeb> {
  if (!distDir || !fs.existsSync(path.join(distDir, 'index.html'))) {
    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('Kontor API läuft. Die Weboberfläche ist nicht gebaut: npm run build'),
    );
    return { sendApp: () => false };
  }
  await app.register(fastifyStatic, {
    root: distDir,
    index: false,
    setHeaders: (reply, filePath) => {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendApp = (reply: FastifyReply) => {
    reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
  app.get(
    '/',
    { config: { access: 'public' }, schema: { hide: true } },
    (_request, reply) => sendApp(reply) && reply,
  );
  return { sendApp };
}
