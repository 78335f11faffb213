// The suite's database: reused as given, or a scratch one (SQLite file or PostgreSQL database) that
// is filled with generated master data first and dropped afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { generateMasterData } from '../../generate/master-data.ts';
import { scratchDatabase } from '../../scratch-database.ts';
import { openProbe } from './probe.ts';

export async function prepareDatabase(contactCount: number, organizationCount: number) {
  // The database: reused as given, or a scratch one that is filled first and dropped afterwards.
  const reuse = process.env.BENCH_REUSE_DATA === '1';
  let database: DatabaseConfig;
  let cleanup = async () => {};
  if (reuse) database = loadConfig(process.env).database;
  else if (process.env.DATABASE_URL) {
    const scratch = await scratchDatabase(process.env.DATABASE_URL);
    if (!scratch) throw new Error('no scratch database');
    database = { engine: 'postgres', url: scratch.url };
    cleanup = scratch.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-master-data-'));
    database = { engine: 'sqlite', file: path.join(dir, 'kontor.sqlite') };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }

  let probe = await openProbe(database);
  const counted = await probe.db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
    .catch(() => undefined);
  if (!counted || Number(counted.n) === 0) {
    await probe.close();
    console.log(
      `generating ${contactCount.toLocaleString('en-GB')} contacts and ${organizationCount.toLocaleString('en-GB')} organisations (${database.engine}) …`,
    );
    await generateMasterData({ database, contacts: contactCount, organizations: organizationCount });
    probe = await openProbe(database);
  } else console.log(`reusing the data in the ${database.engine} database`);
  const sizes = await probe.db
    .selectNoFrom((eb) => [
      eb.selectFrom('contacts').select(eb.fn.countAll<number>().as('n')).as('contacts'),
      eb.selectFrom('organizations').select(eb.fn.countAll<number>().as('n')).as('organizations'),
    ])
    .executeTakeFirstOrThrow();

  return { database, cleanup, reuse, probe, sizes };
}
