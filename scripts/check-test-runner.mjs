#!/usr/bin/env node
// Self-check for scripts/test.mjs (run by hand after changing it:
// `node scripts/check-test-runner.mjs`). It copies the runner into a sandbox
// repo in a temp dir with tiny fake Vitest and Playwright suites, runs it in
// several modes and checks exit codes, the final `tests:` line CI reads, and
// that no throwaway PostgreSQL (temp dir or process) is left behind.
// Needs the machine test.mjs needs (PostgreSQL, Chromium) and `npm ci` done.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');

const VITEST_CONFIG = `export default { test: { include: ['tests/**/*.test.mjs'] } };\n`;

const UNIT_TEST = `import { test, expect } from 'vitest';
import pg from 'pg';
test('engines env matches the runner options', () => {
  if (process.env.KONTOR_TEST_ENGINES === 'sqlite') expect(process.env.KONTOR_TEST_PG_URL).toBeUndefined();
  else expect(process.env.KONTOR_TEST_PG_URL).toMatch(/^postgres:\\/\\/kontor@127\\.0\\.0\\.1:\\d+\\/kontor_test$/);
});
test('postgres tests can create their own database with the extensions', async (ctx) => {
  if (!process.env.KONTOR_TEST_PG_URL) return ctx.skip();
  const client = new pg.Client(process.env.KONTOR_TEST_PG_URL);
  await client.connect();
  await client.query('CREATE DATABASE sandbox_own');
  const own = new pg.Client(process.env.KONTOR_TEST_PG_URL.replace(/kontor_test$/, 'sandbox_own'));
  await own.connect();
  await own.query('CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm');
  const { rows } = await own.query("select unaccent('Müller') as name");
  expect(rows[0].name).toBe('Muller');
  await own.end();
  await client.end();
});
test('fails on request', () => expect(process.env.SANDBOX_FAIL).toBeUndefined());
test('hangs on request', async () => {
  if (process.env.SANDBOX_HANG) await new Promise((resolve) => setTimeout(resolve, 60_000));
}, 70_000);
`;

const BROKEN_TEST = `if (process.env.SANDBOX_BROKEN) throw new Error('cannot load');
import { test } from 'vitest';
test('loads', () => {});
`;

const PLAYWRIGHT_CONFIG = `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: '.',
  reporter: process.env.SANDBOX_NO_JSON ? [['list']] : [['list'], ['json', { outputFile: process.env.KONTOR_E2E_RESULTS ?? 'test-results/results.json' }]],
  use: { launchOptions: { executablePath: '/usr/bin/chromium' } },
});
`;

const PLAYWRIGHT_SPEC = `import { test, expect } from '@playwright/test';
test('Debian chromium renders a page', async ({ page }) => {
  await page.setContent('<h1>Kontor</h1>');
  await expect(page.locator('h1')).toHaveText('Kontor');
});
`;

function makeSandbox() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kontor-runner-check-'));
  mkdirSync(path.join(dir, 'scripts'));
  cpSync(path.join(REPO, 'scripts', 'test.mjs'), path.join(dir, 'scripts', 'test.mjs'));
  cpSync(path.join(REPO, 'scripts', 'lib'), path.join(dir, 'scripts', 'lib'), { recursive: true });
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  const files = {
    'package.json': '{ "type": "module" }\n',
    'vitest.config.mjs': VITEST_CONFIG,
    'tests/unit.test.mjs': UNIT_TEST,
    'tests/broken.test.mjs': BROKEN_TEST,
    'e2e/playwright.config.ts': PLAYWRIGHT_CONFIG,
    'e2e/browser.spec.ts': PLAYWRIGHT_SPEC,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const CASES = [
  { name: 'all pass', args: [], exit: 0, last: /^tests: 6 passed, 0 failed$/ },
  {
    name: 'failing test',
    args: ['--only=unit'],
    env: { SANDBOX_FAIL: '1' },
    exit: 1,
    last: /^tests: 4 passed, 1 failed$/,
  },
  {
    name: 'file that does not load',
    args: ['--only=unit'],
    env: { SANDBOX_BROKEN: '1' },
    exit: 1,
    last: /^tests: 4 passed, 1 failed$/,
  },
  {
    name: 'sqlite only',
    args: ['--only=unit', '--engine=sqlite'],
    exit: 0,
    last: /^tests: 4 passed, 0 failed, 1 skipped$/,
  },
  {
    name: 'no tests ran',
    args: ['--only=unit', '-t', 'no such test'],
    exit: 1,
    last: /^tests: 0 passed, 1 failed, 5 skipped$/,
  },
  { name: 'e2e only', args: ['--only=e2e'], exit: 0, last: /^tests: 1 passed, 0 failed$/ },
  {
    name: 'missing playwright results',
    args: ['--only=e2e'],
    env: { SANDBOX_NO_JSON: '1' },
    exit: 1,
    last: /^tests: 0 passed, 1 failed$/,
  },
  { name: 'setup only', args: ['--only=setup'], exit: 0, last: /^setup ok/ },
  { name: 'help', args: ['--help'], exit: 0, last: /^success\.$/ },
  { name: 'unknown option value', args: ['--only=nope'], exit: 2, last: /^success\.$/ },
  {
    name: 'SIGTERM mid-run',
    args: ['--only=unit'],
    env: { SANDBOX_HANG: '1' },
    killAfterMs: 8000,
    exit: 143,
    last: /^tests: \d+ passed, [1-9]\d* failed/,
  },
];

function leftovers(before) {
  const dirs = readdirSync(os.tmpdir()).filter((name) => name.startsWith('kontor-pg-') && !before.has(name));
  const processes = spawnSync('pgrep', ['-f', 'kontor-pg-'], { encoding: 'utf8' }).stdout.trim();
  return [
    ...dirs.map((d) => `temp dir ${d}`),
    ...(processes ? [`processes ${processes.replace(/\n/g, ' ')}`] : []),
  ];
}

function runCase(sandbox, testCase) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/test.mjs', ...testCase.args], {
      cwd: sandbox,
      env: { ...process.env, ...testCase.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    if (testCase.killAfterMs) setTimeout(() => child.kill('SIGTERM'), testCase.killAfterMs);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function main() {
  const sandbox = makeSandbox();
  const before = new Set(readdirSync(os.tmpdir()));
  let failures = 0;
  try {
    for (const testCase of CASES) {
      const { code, output } = await runCase(sandbox, testCase);
      const lastLine = output.trimEnd().split('\n').at(-1);
      const problems = [];
      if (code !== testCase.exit) problems.push(`exit code ${code}, expected ${testCase.exit}`);
      if (!testCase.last.test(lastLine))
        problems.push(`last line ${JSON.stringify(lastLine)} does not match ${testCase.last}`);
      problems.push(...leftovers(before));
      if (process.env.VERBOSE) console.log(output);
      console.log(
        `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${testCase.name}${problems.map((p) => `\n     ${p}`).join('')}`,
      );
      if (problems.length > 0) failures++;
    }
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
  console.log(
    failures === 0
      ? `all ${CASES.length} checks passed`
      : `${failures} of ${CASES.length} checks failed (VERBOSE=1 shows output)`,
  );
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
