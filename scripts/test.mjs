#!/usr/bin/env node
// `npm test`: everything needed to run Kontor's tests on a fresh Debian 12
// machine after `npm ci` — system packages, a throwaway PostgreSQL, the Vitest
// projects and the Playwright browser tests — ending in one summary line that
// CI reads. Only Node built-ins, so it works before anything is built.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createThrowawayPostgres } from './lib/postgres.mjs';
import { ensureSystemPackages, findPostgresBinDir } from './lib/system-packages.mjs';
import { judge, printSummary, readPlaywrightResults, readVitestResults } from './lib/test-results.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
// Per run (by process id), so two runs side by side — developers working in parallel on one
// machine — do not read each other's results.
const VITEST_RESULTS = `.tmp/vitest-results-${process.pid}.json`;
// Written by the json reporter of e2e/playwright.config.ts, which reads KONTOR_E2E_RESULTS.
const PLAYWRIGHT_RESULTS = `e2e/test-results/results-${process.pid}.json`;
const PLAYWRIGHT_CONFIG = 'e2e/playwright.config.ts';
const PG_EXTENSIONS = ['unaccent', 'pg_trgm'];
// After a signal, how long the suites get to stop on their own before we
// insist with SIGTERM, and then before we kill what is left.
const GRACE_MS = 10_000;
const KILL_AFTER_MS = 10_000;

const HELP = `Usage: npm test [-- options] [-- vitest args]
       node scripts/test.mjs [options] [vitest args]

Runs all of Kontor's tests: installs missing system packages (postgresql,
chromium, poppler-utils; with apt-get when running as root), starts a
throwaway PostgreSQL on a free port of 127.0.0.1, runs Vitest (projects
domain, server-sqlite, server-postgres) with KONTOR_TEST_PG_URL pointing at
it, then the Playwright browser tests (${PLAYWRIGHT_CONFIG}), and stops and
deletes the PostgreSQL again, also on failure or Ctrl+C.

Options:
  --only=unit      run only Vitest (no browser tests, Chromium not needed)
  --only=e2e       run only the Playwright tests (no PostgreSQL started)
  --only=setup     only prepare the machine: install missing packages and
                   check that the throwaway PostgreSQL starts, has the
                   unaccent and pg_trgm extensions, and stops; runs no tests
  --engine=sqlite  skip PostgreSQL: sets KONTOR_TEST_ENGINES=sqlite, which
                   makes the Vitest config drop the server-postgres project
  -h, --help       show this help

Any other arguments go to \`vitest run\` (with --only=e2e: to
\`playwright test\`), e.g. npm test -- --only=unit server/src/modules/leads

Output ends with the line CI reads:
  tests: N passed, N failed[, N skipped]
The exit code is non-zero if a suite failed, a results file is missing
(${VITEST_RESULTS}, ${PLAYWRIGHT_RESULTS}) or a suite ran no tests.
A suite or setup step that failed without a failing test (crash, file that
does not load, no tests) counts as one failure, so "0 failed" always means
success.`;

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { help: false, only: 'all', engine: 'all', passThrough: [] };
  for (const arg of argv) {
    const [flag, value] = arg.split(/=(.*)/s);
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--only') options.only = oneOf(flag, value, ['unit', 'e2e', 'setup']);
    else if (flag === '--engine') options.engine = oneOf(flag, value, ['sqlite']);
    else options.passThrough.push(arg);
  }
  return options;
}

function oneOf(flag, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of: ${allowed.map((a) => `${flag}=${a}`).join(', ')}`);
}

const runsVitest = (options) => options.only === 'all' || options.only === 'unit';
const runsPlaywright = (options) => options.only === 'all' || options.only === 'e2e';
const needsPostgres = (options) =>
  options.engine !== 'sqlite' && (runsVitest(options) || options.only === 'setup');

/** Only what the chosen suites use, so `--only=unit` works without a browser. */
function requiredPackages(options) {
  const packages = ['poppler-utils'];
  if (needsPostgres(options)) packages.push('postgresql');
  if (runsPlaywright(options) || options.only === 'setup') packages.push('chromium');
  return packages;
}

// ---------------------------------------------------------------- cleanup ---

const cleanups = [];
let currentChild = null;
let interruptedBy = null;

function runCleanups() {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()();
    } catch (error) {
      console.error(`cleanup failed: ${error.message}`);
    }
  }
}

/**
 * Suites run in their own process group (see runChild), so a signal reaches
 * only us and we pass it on to the whole group: the suite and its workers.
 * If they do not stop in time we escalate. A second signal skips the waiting.
 */
function onSignal(signal) {
  if (interruptedBy) {
    if (currentChild) signalGroup(currentChild, 'SIGKILL');
    runCleanups();
    process.exit(exitCodeFor(signal));
  }
  interruptedBy = signal;
  console.error(`\n${signal}: stopping the tests and cleaning up (again to force)...`);
  const child = currentChild;
  if (!child) return;
  signalGroup(child, signal);
  setTimeout(() => signalGroup(child, 'SIGTERM'), GRACE_MS).unref();
  setTimeout(() => signalGroup(child, 'SIGKILL'), GRACE_MS + KILL_AFTER_MS).unref();
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

function throwIfInterrupted() {
  if (interruptedBy) throw new Error(`interrupted by ${interruptedBy}`);
}

function exitCodeFor(signal) {
  return 128 + (os.constants.signals[signal] ?? 1);
}

function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  // Last resort for paths that end in process.exit() or an uncaught error.
  process.on('exit', runCleanups);
}

// ----------------------------------------------------------------- suites ---

function localBin(name) {
  const file = path.join(ROOT, 'node_modules', '.bin', name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm ci\` first`);
  return file;
}

/**
 * Run a suite with its output streamed; resolves { code, durationMs }.
 * It gets its own process group so that we can signal it together with its
 * worker processes, and remove workers it leaves behind (e.g. a vitest fork
 * stuck in a hanging test). No stdin: a background process group reading
 * the terminal would be stopped, and nothing here is interactive.
 */
function runChild(command, args, env) {
  throwIfInterrupted(); // a signal that came between two suites
  const startedAt = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    currentChild = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      currentChild = null;
      signalGroup(child, 'SIGKILL');
      resolve({ code: code ?? exitCodeFor(signal), durationMs: Date.now() - startedAt });
    });
  });
}

async function runVitest(options, env) {
  rmSync(path.join(ROOT, VITEST_RESULTS), { force: true });
  mkdirSync(path.join(ROOT, path.dirname(VITEST_RESULTS)), { recursive: true });
  // Absolute, so a --root or --config passed through cannot move the file.
  const outputFile = path.join(ROOT, VITEST_RESULTS);
  const args = [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${outputFile}`,
    ...options.passThrough,
  ];
  heading(`vitest ${args.join(' ')}`);
  const run = await runChild(localBin('vitest'), args, env);
  return { name: 'vitest', ...run, ...readVitestResults(ROOT, VITEST_RESULTS) };
}

async function runPlaywright(options, env) {
  rmSync(path.join(ROOT, PLAYWRIGHT_RESULTS), { force: true });
  const extra = options.only === 'e2e' ? options.passThrough : [];
  const args = ['test', '-c', PLAYWRIGHT_CONFIG, ...extra];
  heading(`playwright ${args.join(' ')}`);
  const run = await runChild(localBin('playwright'), args, {
    ...env,
    KONTOR_E2E_RESULTS: path.join(ROOT, PLAYWRIGHT_RESULTS),
  });
  return { name: 'playwright', ...run, ...readPlaywrightResults(ROOT, PLAYWRIGHT_RESULTS) };
}

function heading(text) {
  console.log(`\n=== ${text}\n`);
}

// ------------------------------------------------------------------ main ---

async function startPostgres() {
  const pg = createThrowawayPostgres({ binDir: findPostgresBinDir(), extensions: PG_EXTENSIONS });
  cleanups.push(() => pg.stop());
  heading('starting a throwaway PostgreSQL');
  const url = await pg.start();
  console.log(`PostgreSQL ready at ${url} (data in ${pg.dir})`);
  return { url, stop: () => pg.stop() };
}

async function runTests(options, startedAt) {
  const results = [];
  let stage = 'setup'; // names the failure if something throws
  try {
    await ensureSystemPackages(requiredPackages(options));
    throwIfInterrupted();
    const pg = needsPostgres(options) ? await startPostgres() : null;
    throwIfInterrupted();
    if (options.only === 'setup') {
      pg?.stop();
      console.log('\nsetup ok: system packages present, PostgreSQL started and stopped cleanly');
      return 0;
    }

    const env = {
      ...process.env,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', // Debian's /usr/bin/chromium only
      ...(options.engine === 'sqlite' ? { KONTOR_TEST_ENGINES: 'sqlite' } : {}),
    };
    if (runsVitest(options)) {
      stage = 'vitest';
      const vitestEnv = pg ? { ...env, KONTOR_TEST_PG_URL: pg.url } : env;
      results.push(judge(await runVitest(options, vitestEnv)));
    }
    pg?.stop(); // the browser tests start their own server; free the resources
    stage = 'playwright';
    if (runsPlaywright(options) && !interruptedBy) results.push(judge(await runPlaywright(options, env)));
  } catch (error) {
    console.error(`\nerror: ${error.message}`);
    if (options.only === 'setup') return 1;
    const notes = [error.message.split('\n')[0], 'counted as 1 failure'];
    results.push({
      name: stage,
      ok: false,
      counts: { passed: 0, failed: 1, skipped: 0 },
      notes,
      durationMs: Date.now() - startedAt,
    });
  } finally {
    runCleanups();
  }
  heading('summary');
  printSummary(results, Date.now() - startedAt);
  if (interruptedBy) return exitCodeFor(interruptedBy);
  return results.every((result) => result.ok) ? 0 : 1;
}

async function main() {
  const startedAt = Date.now();
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n\n${HELP}`);
    return 2;
  }
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  installSignalHandlers();
  return runTests(options, startedAt);
}

process.exitCode = await main();
