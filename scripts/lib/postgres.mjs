// A throwaway PostgreSQL server for one test run: its own data directory in
// a temp dir, its own free port on 127.0.0.1, trust auth for the superuser
// `kontor`, durability switched off for speed. Nothing outside the temp dir
// is touched, so it never conflicts with a PostgreSQL the machine runs.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const SUPERUSER = 'kontor';
const READY_TIMEOUT_MS = 30_000;
const START_ATTEMPTS = 3;
// Test data is thrown away afterwards, so crash safety buys nothing here.
const SPEED_SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=200'];

/**
 * Create (but do not start) a throwaway server. The temp dir exists from
 * here on, so register `stop()` for cleanup before awaiting `start()`.
 * `stop()` is synchronous and idempotent, so it also works in exit handlers.
 */
export function createThrowawayPostgres({
  binDir,
  database = 'kontor_test',
  extensions = [],
  log = console.log,
}) {
  const owner = serverOwner();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kontor-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  const helpers = new Set(); // running initdb/psql children, killed on stop
  const bin = (tool) => path.join(binDir, tool);
  let server = null;
  let stopped = false;
  let url = null;

  /** Run a PostgreSQL tool to completion; resolves { code, output }. */
  function runTool(tool, args, { asOwner = true } = {}) {
    return new Promise((resolve, reject) => {
      const child = spawn(bin(tool), args, {
        cwd: dir,
        env: envWithoutPgVariables(),
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(asOwner && owner ? { uid: owner.uid, gid: owner.gid } : {}),
      });
      helpers.add(child);
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        helpers.delete(child);
        resolve({ code, output });
      });
    });
  }

  async function runToolOrThrow(tool, args, what, options) {
    const { code, output } = await runTool(tool, args, options);
    if (code !== 0) throw new Error(`${what} failed (${tool} exit code ${code}):\n${output.trim()}`);
    return output;
  }

  async function initDataDir() {
    const common = ['-D', dataDir, '-U', SUPERUSER, '--auth=trust', '-E', 'UTF8'];
    // C.UTF-8 gives Unicode-aware lower()/upper() (umlauts!) like a real
    // deployment; fall back to the C locale on systems that lack it.
    const first = await runTool('initdb', [...common, '--locale=C.UTF-8']);
    if (first.code === 0) return;
    if (!/locale/i.test(first.output)) {
      throw new Error(`initdb failed (exit code ${first.code}):\n${first.output.trim()}`);
    }
    log('initdb: locale C.UTF-8 not available, using --no-locale');
    rmSync(dataDir, { recursive: true, force: true });
    await runToolOrThrow('initdb', [...common, '--no-locale'], 'initdb');
  }

  function spawnServer(port) {
    const logFd = openSync(logFile, 'a');
    const settings = SPEED_SETTINGS.flatMap((setting) => ['-c', setting]);
    const child = spawn(
      bin('postgres'),
      ['-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', dir, ...settings],
      {
        cwd: dir,
        env: envWithoutPgVariables(),
        stdio: ['ignore', logFd, logFd],
        // Own process group: Ctrl+C in the terminal must not kill the server
        // under the still-running tests; stop() shuts it down in order.
        detached: true,
        ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
      },
    );
    closeSync(logFd);
    return child;
  }

  /** Resolves true once the server accepts connections, false if it died. */
  async function waitUntilReady(child, port) {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) return false;
      const probe = await runTool(
        'pg_isready',
        ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER, '-d', 'postgres', '-t', '1'],
        { asOwner: false },
      );
      if (probe.code === 0) return true;
      await sleep(100);
    }
    throw new Error(
      `PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000}s:\n${logTail()}`,
    );
  }

  function logTail() {
    if (!existsSync(logFile)) return '(no server log)';
    return readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
  }

  /** Start on a free port; another process may grab the port first, so retry. */
  async function startServer() {
    for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      const port = await findFreePort();
      server = spawnServer(port);
      if (await waitUntilReady(server, port)) return port;
      const tail = logTail();
      if (!/could not (bind|create listen)|already in use/i.test(tail) || attempt === START_ATTEMPTS) {
        throw new Error(`PostgreSQL failed to start:\n${tail}`);
      }
    }
  }

  async function createDatabase(port) {
    const psql = (db, ...sql) =>
      runToolOrThrow(
        'psql',
        [
          '-X',
          '-q',
          '-v',
          'ON_ERROR_STOP=1',
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          SUPERUSER,
          '-d',
          db,
          ...sql.flatMap((s) => ['-c', s]),
        ],
        `psql on ${db}`,
        { asOwner: false },
      );
    await psql('postgres', `CREATE DATABASE ${database}`);
    // Checked here only, not put into template1: the app's migrations must
    // create these themselves, and tests would not notice if they forgot.
    const create = extensions.map((name) => `CREATE EXTENSION IF NOT EXISTS ${name}`);
    if (create.length > 0) {
      await psql(database, ...create).catch((error) => {
        throw new Error(
          `PostgreSQL extensions ${extensions.join(', ')} are not available (they ship with Debian's postgresql package):\n${error.message}`,
        );
      });
    }
  }

  return {
    dir,
    get url() {
      return url;
    },

    async start() {
      await initDataDir();
      const port = await startServer();
      await createDatabase(port);
      url = `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`;
      return url;
    },

    stop() {
      if (stopped) return;
      stopped = true;
      for (const helper of helpers) helper.kill('SIGKILL');
      if (server && existsSync(path.join(dataDir, 'postmaster.pid'))) {
        const result = spawnSync(bin('pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], {
          cwd: dir,
          stdio: 'ignore',
          ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
        });
        if (result.status !== 0) killQuietly(server.pid);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * initdb and postgres refuse to run as root, so as root we run them as the
 * `postgres` user that Debian's package creates; otherwise as ourselves.
 */
function serverOwner() {
  if (process.getuid?.() !== 0) return null;
  const id = (flag) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      "running as root, but there is no 'postgres' system user to run PostgreSQL as (install Debian's postgresql package, or run as a normal user)",
    );
  }
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** PGHOST, PGSSLMODE etc. from the caller's shell must not redirect our tools. */
function envWithoutPgVariables() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG')));
}

function killQuietly(pid) {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Ask the kernel for a free port by binding to port 0. */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
