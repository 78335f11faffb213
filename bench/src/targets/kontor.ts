// Child process: a real Kontor server on a fresh database with an admin and an API token.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '@kontor/server/src/app.ts';
import { ApiTokenService } from '@kontor/server/src/modules/tokens/service.ts';
import { UserService } from '@kontor/server/src/modules/users/service.ts';
import { loadConfig } from '@kontor/server/src/platform/config.ts';
import { openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { scratchDatabase } from '../scratch-database.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-bench-'));
const scratch = await scratchDatabase(process.env.DATABASE_URL);
const config = {
  ...loadConfig({ LOG_LEVEL: 'silent', KONTOR_DATA_DIR: dataDir, DATABASE_URL: scratch?.url ?? '' }),
  webDistDir: undefined,
};
const database = openDatabase(config.database);
const app = await buildApp(config, { database });
const admin = await new UserService(database.db).createFirstAdmin({
  email: 'bench@example.de',
  name: 'Bench',
  password: 'bench-passwort-123',
  language: 'de',
});
const { token } = await new ApiTokenService(database.db).create(admin.id, { name: 'bench' });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.send?.({
  port: typeof address === 'object' && address ? address.port : 0,
  token,
  engine: database.engine,
});
process.on('disconnect', async () => {
  await app.close();
  await database.close();
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
