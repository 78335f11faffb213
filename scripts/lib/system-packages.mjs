// System packages the test suites need that npm cannot provide: a PostgreSQL
// server for the server-postgres project, Debian's Chromium for Playwright
// (we never download a browser) and pdftotext to check generated PDFs.
// Installs what is missing with apt-get when we may; otherwise explains.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const POSTGRES_ROOT = '/usr/lib/postgresql';
const POSTGRES_TOOLS = ['initdb', 'pg_ctl', 'postgres', 'pg_isready', 'psql'];
const CHROMIUM = '/usr/bin/chromium';
const APT_LOCK_WAIT_MS = 5 * 60 * 1000;
const APT_LOCK_RETRY_MS = 5000;

/**
 * The bin directory of the newest PostgreSQL server install, or null.
 * We look in /usr/lib/postgresql/<version>/bin rather than PATH: Debian only
 * puts client wrappers on PATH, and wrappers in /usr/local/bin may point at
 * an older version than the one apt just installed.
 */
export function findPostgresBinDir() {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  for (const version of versions) {
    const binDir = path.join(POSTGRES_ROOT, version, 'bin');
    if (POSTGRES_TOOLS.every((tool) => isExecutable(path.join(binDir, tool)))) return binDir;
  }
  return null;
}

/** Absolute path of `command` on PATH, or null. */
export function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return null;
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Debian package name -> "is it usable?" check. */
const CHECKS = {
  postgresql: () => findPostgresBinDir() !== null,
  chromium: () => isExecutable(CHROMIUM),
  'poppler-utils': () => findOnPath('pdftotext') !== null,
};

export function missingPackages(packages) {
  return packages.filter((name) => !CHECKS[name]());
}

/**
 * Make sure the given Debian packages are installed. Throws an Error whose
 * message tells the user what to run when we cannot install them ourselves.
 */
export async function ensureSystemPackages(packages, log = console.log) {
  const missing = missingPackages(packages);
  if (missing.length === 0) return;

  const canInstall = process.getuid?.() === 0 && findOnPath('apt-get') !== null;
  if (!canInstall) {
    throw new Error(
      `missing system packages: ${missing.join(', ')}\n` +
        `install them with:\n  sudo apt-get install ${missing.join(' ')}`,
    );
  }

  log(`installing system packages: ${missing.join(' ')}`);
  await aptGet(['update'], log);
  await aptGet(['install', '-y', '--no-install-recommends', ...missing], log);

  const stillMissing = missingPackages(missing);
  if (stillMissing.length > 0) {
    throw new Error(`apt-get finished but these are still unusable: ${stillMissing.join(', ')}`);
  }
}

/**
 * Run apt-get, streaming its output. Another apt/dpkg (unattended upgrades, a
 * provisioning script) may hold the lock for a while: wait for it instead of
 * failing, up to APT_LOCK_WAIT_MS.
 */
async function aptGet(args, log) {
  const deadline = Date.now() + APT_LOCK_WAIT_MS;
  let toldWaiting = false;
  for (;;) {
    const { code, stderr } = await runCapturingStderr('apt-get', args, {
      ...process.env,
      DEBIAN_FRONTEND: 'noninteractive',
    });
    const lockHeld =
      code !== 0 && /Could not get lock|Unable to (acquire|lock)|is another process using it/i.test(stderr);
    // Lock errors repeat every retry; show stderr only when it says something new.
    if (!lockHeld) process.stderr.write(stderr);
    if (code === 0) return;
    if (!lockHeld) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${code}`);
    if (Date.now() > deadline) {
      throw new Error(
        `apt-get: the package manager lock is still held after ${APT_LOCK_WAIT_MS / 60000} minutes`,
      );
    }
    if (!toldWaiting) {
      log('another apt-get/dpkg holds the package manager lock; waiting for it...');
      toldWaiting = true;
    }
    await sleep(APT_LOCK_RETRY_MS);
  }
}

/** Spawn with stdout shown live and stderr captured for the caller. */
function runCapturingStderr(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
