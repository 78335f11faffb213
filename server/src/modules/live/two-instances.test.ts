import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, freshDatabase, testEngine } from '../../../test/harness.js';
import { openSse } from './sse-client.js';

const serverEntry = path.resolve(import.meta.dirname, '../../serve.ts');

/** A real server process on the given database; resolves once it listens. */
async function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('exit', () => reject(new Error(`server exited early:\n${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, exited };
}

// LISTEN/NOTIFY is how instances hear of each other; SQLite runs as one process by design.
describe.skipIf(testEngine() !== 'postgres')('live events across two server processes', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('streams an entry made on one instance to a subscriber of the other', async () => {
    const database = await freshDatabase();
    cleanups.push(() => database.close());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-live-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env = { DATABASE_URL: database.url, KONTOR_DATA_DIR: dataDir };
    // One after the other: the first migrates the new database.
    const writer = await startServer(env);
    cleanups.push(() => void writer.child.kill('SIGKILL'));
    const reader = await startServer(env);
    cleanups.push(() => void reader.child.kill('SIGKILL'));

    const setup = await fetch(`${writer.base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, language: 'de' }),
    });
    expect(setup.status).toBe(201);
    const cookie = String(setup.headers.get('set-cookie')).split(';')[0] as string;
    const { csrfToken } = (await setup.json()) as { csrfToken: string };
    const post = async (url: string, body: object) => {
      const response = await fetch(`${writer.base}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      return (await response.json()) as { id: string };
    };

    // The session lives in the shared database, so it opens a stream on the other instance.
    const stream = await openSse(reader.base, { cookie });
    expect(stream.status).toBe(200);
    const organization = await post('/api/organizations', { name: 'Zweiwerk GmbH' });
    const entry = await post('/api/activities', {
      type: 'call',
      direction: 'out',
      subject: 'Rückruf über die andere Instanz',
      links: [{ recordType: 'organization', recordId: organization.id }],
    });
    const created = Date.now();
    // Well below the safety poll (15 s): it came by NOTIFY, not by chance.
    const [event] = await stream.waitFor((e) => e.event === 'activity.created', 1, 2_000);
    expect(Date.now() - created).toBeLessThan(2_000);
    expect(JSON.parse(String(event?.data))).toMatchObject({
      id: entry.id,
      links: [{ recordType: 'organization', recordId: organization.id }],
    });

    // An instance with an open stream still stops promptly and cleanly.
    reader.child.kill('SIGTERM');
    expect(await reader.exited).toBe(0);
    await stream.ended;
  });
});
