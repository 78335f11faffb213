import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// KONTOR_E2E_PORT lets a second run (e.g. a developer's beside CI) use another port.
const PORT = Number(process.env.KONTOR_E2E_PORT ?? 3199);
// A fresh data directory per run: the first test creates the first administrator.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-e2e-'));

export default defineConfig({
  testDir: './tests',
  // Per port: Playwright empties its output folder at start, so a second run must not share it.
  outputDir: process.env.KONTOR_E2E_PORT ? `./test-results/artifacts-${PORT}` : './test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.KONTOR_E2E_RESULTS ?? 'test-results/results.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 960 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    colorScheme: 'light',
    // No transitions: axe must judge colours after, not during, a dialog's fade-in.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // One server, one database, in three rounds: the first start (setup makes the administrator),
  // then the master-data files that begin on empty lists, then the feature files, which make
  // records of their own with unique names and so run in any order.
  projects: [
    { name: 'first-start', testMatch: /kontor\.spec\.ts$/ },
    {
      name: 'master-data',
      testMatch: /(organizations|stammdaten-contacts)\.spec\.ts$/,
      dependencies: ['first-start'],
    },
    {
      name: 'features',
      testIgnore: /(kontor|organizations|stammdaten-contacts)\.spec\.ts$/,
      dependencies: ['master-data'],
    },
  ],
  webServer: {
    command: 'node ../scripts/start.mjs',
    url: `http://127.0.0.1:${PORT}/api/health`,
    // Due follow-ups are told within a second, so the bell test need not wait half a minute.
    env: { PORT: String(PORT), KONTOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn', KONTOR_DUE_CHECK_SECONDS: '1' },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
