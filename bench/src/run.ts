// `npm run bench [-- suite]`: runs one benchmark suite and prints its table.
//   health (default)  bare Fastify vs Kontor's health and token-authenticated endpoints
//   master-data       organisation and contact lists and contact creation on generated data
//   import            a 100,000-row contact CSV through upload and import job: rows/s and memory
//   activities        timelines, overview, follow-ups and creates on 5 million generated entries
//   sse               500 live-event subscribers, one publisher of entries: receipt latency and memory
// BENCH_SECONDS (default 5) and BENCH_CONNECTIONS tune the load; DATABASE_URL runs Kontor on
// PostgreSQL instead of SQLite. See bench/README.md.
import { activitiesSuite } from './suites/activities.ts';
import { healthSuite } from './suites/health.ts';
import { importSuite } from './suites/import.ts';
import { masterDataSuite } from './suites/master-data.ts';
import { sseSuite } from './suites/sse.ts';

const SUITES: Record<string, () => Promise<void>> = {
  health: healthSuite,
  'master-data': masterDataSuite,
  import: importSuite,
  activities: activitiesSuite,
  sse: sseSuite,
};

const name = process.argv[2] ?? 'health';
const suite = SUITES[name];
if (!suite) {
  console.error(`unknown suite "${name}"; one of: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
await suite();
