import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config.js';

/** Starts Kontor from the environment and stops it cleanly on SIGTERM/SIGINT. */
export async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const app = await buildApp(config);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // Fastify's close waits for running requests, then the onClose hooks close the database.
    const force = setTimeout(() => {
      app.log.error('shutdown took over 25 s, exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  app.log.info({ port }, `Kontor läuft auf http://${host}:${port} (${config.database.engine})`);
}
