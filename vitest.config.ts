import { defineConfig } from 'vitest/config';

// Every server test runs once per engine. KONTOR_TEST_ENGINES=sqlite drops PostgreSQL
// (scripts/test.mjs sets it for `npm test -- --engine=sqlite`); otherwise the PostgreSQL
// project needs KONTOR_TEST_PG_URL, which scripts/test.mjs provides.
const engines = (process.env.KONTOR_TEST_ENGINES ?? 'sqlite,postgres').split(',');

const serverProject = (engine: string) => ({
  test: {
    name: `server-${engine}`,
    include: ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'],
    env: { KONTOR_TEST_ENGINE: engine },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['domain/src/**/*.test.ts'] } },
      { test: { name: 'web', include: ['web/src/**/*.test.ts'] } },
      ...engines.filter((e) => e === 'sqlite' || e === 'postgres').map(serverProject),
    ],
  },
});
