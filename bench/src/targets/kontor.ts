// Child process: a real Kontor server with an admin and an API token. By default on a fresh
// database (a temporary SQLite folder, or a scratch PostgreSQL database beside DATABASE_URL);
// with BENCH_KONTOR_DATA_DIR or BENCH_KONTOR_DATABASE_URL on that existing database instead,
// which is kept afterwards (the master-data suite serves its generated data this way).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '@kontor/server/src/app.ts';
import { ApiTokenService } from '@kontor/server/src/modules/tokens/service.ts';
import { UserService } from '@kontor/server/src/modules/users/service.ts';
import { loadConfig } from '@kontor/server/src/platform/config.ts';
import { openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { scratchDatabase } from '../scratch-database.ts';
import { type BenchSession, benchSessions } from './bench-sessions.ts';

export interface KontorTargetInfo {
  port: number;
  token: string;
  engine: 'sqlite' | 'postgres';
  adminId: string;
  /** Signed-in users made for BENCH_SESSION_USERS (`role:count,…`), e.g. for the sse suite. */
  sessions: BenchSession[];
}

const BENCH_ADMIN = { email: 'bench@example.de', name: 'Bench', password: 'bench-passwort-123' } as const;

const existingDir = process.env.BENCH_KONTOR_DATA_DIR;
const existingUrl = process.env.BENCH_KONTOR_DATABASE_URL;
const existing = Boolean(existingDir || existingUrl);
const dataDir = existingDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-bench-'));
const scratch = existing ? undefined : await scratchDatabase(process.env.DATABASE_URL);
const config = {
  ...loadConfig({
    LOG_LEVEL: 'silent',
    KONTOR_DATA_DIR: dataDir,
    DATABASE_URL: existingUrl ?? scratch?.url ?? '',
  }),
  webDistDir: undefined,
};
const database = openDatabase(config.database);
const app = await buildApp(config, { database });
const users = new UserService(database.db);
const adminId = await (async () => {
  if (await users.setupRequired()) {
    return (await users.createFirstAdmin({ ...BENCH_ADMIN, language: 'de' })).id;
  }
  const found = await database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', BENCH_ADMIN.email)
    .executeTakeFirst();
  if (found) return found.id;
  const { user } = await users.create(null, { ...BENCH_ADMIN, role: 'admin', teamIds: [], language: 'de' });
  return user.id;
})();
const { token } = await new ApiTokenService(database.db).create(adminId, { name: 'bench' });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const info: KontorTargetInfo = {
  port: typeof address === 'object' && address ? address.port : 0,
  token,
  engine: database.engine,
  adminId,
  sessions: await benchSessions(database, adminId, process.env.BENCH_SESSION_USERS),
};
process.send?.(info);
process.on('disconnect', async () => {
  await app.close();
  await database.close();
  await scratch?.drop();
  if (!existing) fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
