import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../test/harness.js';

const serverEntry = path.resolve(import.meta.dirname, 'serve.ts');

/** Starts the real server process and resolves with its port once it listens. */
async function startServer(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', () => reject(new Error(`server exited early:\n${output}`)));
  });
  return { child, port, exited };
}

describe('server process', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('finishes an in-flight request on SIGTERM, then closes the database and exits 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-main-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env: NodeJS.ProcessEnv = { KONTOR_DATA_DIR: dataDir, DATABASE_URL: '' };
    if (testEngine() === 'postgres') {
      const database = await freshDatabase();
      cleanups.push(() => database.close());
      env.DATABASE_URL = database.url;
    }
    const server = await startServer(env);
    cleanups.push(() => {
      server.child.kill('SIGKILL');
    });

    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ email: 'niemand@example.de', password: 'falsches-passwort' });
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    let response = '';
    socket.on('data', (chunk) => {
      response += chunk.toString();
    });
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.write(body.slice(10));
    await closed;

    expect(response).toMatch(/^HTTP\/1.1 401/);
    expect(await server.exited).toBe(0);
    if (testEngine() === 'sqlite') {
      // better-sqlite3 removes the write-ahead log when the last connection closes cleanly.
      expect(fs.existsSync(path.join(dataDir, 'kontor.sqlite'))).toBe(true);
      expect(fs.existsSync(path.join(dataDir, 'kontor.sqlite-wal'))).toBe(false);
    }
  });

  it('refuses to start on a wrong setting with one line naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
      env: { ...process.env, PORT: 'zwölf' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('PORT')]);
  });
});
