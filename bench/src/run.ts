// `npm run bench [-- suite]`: runs one benchmark suite and prints its table.
//   health (default)  bare Fastify vs Kontor's health and token-authenticated endpoints
//   master-data       organisation and contact lists and contact creation on generated data
//   import            a 100,000-row contact CSV through upload and import job: rows/s and memory
//   activities        timelines, overview, follow-ups and creates on 5 million generated entries
//   sse               500 live-event subscribers, one publisher of entries: receipt latency and memory
//   quotation-pdf     render time and memory of a 100-line quotation PDF
//   quotations        saving a 100-line draft and ordering a quotation on 500,000 generated quotations
//   opportunities     the kanban board and moving a card on 200,000 generated opportunities
//   reports           every report's default view, regroupings and comparison, and the dashboard
// BENCH_SECONDS (default 5) and BENCH_CONNECTIONS tune the load; DATABASE_URL runs Kontor on
// PostgreSQL instead of SQLite. See bench/README.md.
import { activitiesSuite } from './suites/activities.ts';
import { healthSuite } from './suites/health.ts';
import { importSuite } from './suites/import.ts';
import { masterDataSuite } from './suites/master-data.ts';
import { opportunitiesSuite } from './suites/opportunities.ts';
import { quotationPdfSuite } from './suites/quotation-pdf.ts';
import { quotationsSuite } from './suites/quotations.ts';
import { reportsSuite } from './suites/reports.ts';
import { sseSuite } from './suites/sse.ts';

const SUITES: Record<string, () => Promise<void>> = {
  health: healthSuite,
  'master-data': masterDataSuite,
  import: importSuite,
  activities: activitiesSuite,
  sse: sseSuite,
  'quotation-pdf': quotationPdfSuite,
  quotations: quotationsSuite,
  opportunities: opportunitiesSuite,
  reports: reportsSuite,
};

const name = process.argv[2] ?? 'health';
const suite = SUITES[name];
if (!suite) {
  console.error(`unknown suite "${name}"; one of: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
await suite();
