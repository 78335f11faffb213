// The reports suite's data: the scale of the earlier issues (master data, activities, then leads,
// opportunities, quotations, orders and the catalogue from report-data.ts), each part generated
// only when the database lacks it, so a reused database (BENCH_REUSE_DATA=1) is measured as is.
import { generateReportData } from '../../generate/report-data.ts';
import { ensureActivities } from '../activities/setup.ts';
import { prepareDatabase } from '../master-data/database.ts';
import type { Probe } from '../master-data/probe.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export async function prepareReportData() {
  const contacts = env('BENCH_CONTACTS', 1_000_000);
  const prepared = await prepareDatabase(contacts, env('BENCH_ORGANIZATIONS', Math.round(contacts / 5)));
  const { probe, database } = prepared;
  await ensureActivities(probe, database, contacts);
  const leads = await probe.db
    .selectFrom('leads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(leads.n) === 0) {
    const options = {
      leads: env('BENCH_LEADS', 300_000),
      opportunities: env('BENCH_OPPORTUNITIES', 200_000),
      quotations: env('BENCH_QUOTATIONS', 500_000),
    };
    console.log(
      `generating ${Object.entries(options)
        .map(([table, n]) => `${n.toLocaleString('en-GB')} ${table}`)
        .join(', ')} with their orders (${database.engine}) …`,
    );
    await generateReportData({ database, ...options });
  }
  return prepared;
}

/** The row counts the figures stand on, for the summary line. */
export async function dataSizes(probe: Probe): Promise<string> {
  const count = (
    table:
      | 'contacts'
      | 'organizations'
      | 'activities'
      | 'leads'
      | 'opportunities'
      | 'quotations'
      | 'sales_orders'
      | 'products',
  ) =>
    probe.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
  const tables = [
    'contacts',
    'organizations',
    'activities',
    'leads',
    'opportunities',
    'quotations',
    'sales_orders',
    'products',
  ] as const;
  const counts = await Promise.all(
    tables.map(async (table) => [table, Number((await count(table)).n)] as const),
  );
  const leadEntries = await probe.db
    .selectFrom('activity_links')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('record_type', '=', 'lead')
    .executeTakeFirstOrThrow();
  return [...counts, ['activity links to leads', Number(leadEntries.n)] as const]
    .map(([table, n]) => `${n.toLocaleString('en-GB')} ${table}`)
    .join(', ');
}
