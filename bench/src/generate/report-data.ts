// Generates the sales data the reports benchmark (issue 6) reads, into a database that already
// holds master data (master-data.ts) and, usually, activities (activity-data.ts):
//
//   node --import tsx bench/src/generate/report-data.ts --leads 300000 --opportunities 200000 --quotations 500000
//
// A catalogue (categories in a tree, products), campaigns on every channel, leads from every
// source over two years — a share converted to a customer, most of those with an opportunity
// made at the conversion — then the rest of the opportunities as customers' own deals; each deal
// with its quotation versions and, when won, its order (booked, completed or cancelled, lines
// copied with their products). Leads get their calls and e-mails in and out (lead-activities.ts).
// Stored statuses follow the facts as the S5 sync keeps them; the board's summary table
// (migration 0018) is filled by its triggers as the rows go in. DATABASE_URL selects
// PostgreSQL, otherwise KONTOR_DATA_DIR/kontor.sqlite.
import { parseArgs } from 'node:util';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { migrateToLatest, openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { sql } from 'kysely';
import { activityRows } from './activity-rows.ts';
import { ACTIVITY_LAYOUT } from './activity-tables.ts';
import { CATALOG_LAYOUT, writeCatalog } from './catalog-rows.ts';
import { type DealContext, dealOpportunityLayout, writeDeal } from './deal-rows.ts';
import { leadEntries } from './lead-activities.ts';
import { draftLead, LEAD_LAYOUT, type LeadContext, leadRow, writeCampaigns } from './lead-rows.ts';
import { ORDER_LAYOUT } from './order-rows.ts';
import { postgresSink } from './postgres-sink.ts';
import { SALES_LAYOUT } from './quotation-rows.ts';
import { Random } from './random.ts';
import { sqliteSink } from './sqlite-sink.ts';
import type { Layout, Value } from './tables.ts';

export interface GenerateReportDataOptions {
  database: DatabaseConfig;
  leads: number;
  opportunities: number;
  quotations: number;
  products?: number;
  campaigns?: number;
  seed?: number;
  log?: (line: string) => void;
}

type Handle = ReturnType<typeof openDatabase>;

/** Fills the sales tables; refuses a database that has leads or quotations already. */
export async function generateReportData(options: GenerateReportDataOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const handle = openDatabase(options.database);
  await migrateToLatest(handle.db);
  const taken = await handle.db
    .selectNoFrom((eb) => [
      eb.selectFrom('leads').select(eb.fn.countAll<number>().as('n')).as('leads'),
      eb.selectFrom('quotations').select(eb.fn.countAll<number>().as('n')).as('quotations'),
    ])
    .executeTakeFirstOrThrow();
  if (Number(taken.leads) > 0 || Number(taken.quotations) > 0) {
    await handle.close();
    throw new Error('the database has leads or quotations already; generate into one without');
  }
  const context = await readContext(handle);
  // Migration 0020 (R5's planned cost) may or may not be there yet: fill it when it is.
  const withPlannedCost = await hasColumn(handle, 'opportunities', 'planned_cost_cents');
  await handle.close();

  const layout = reportLayout(withPlannedCost);
  const sink =
    options.database.engine === 'sqlite'
      ? sqliteSink(options.database.file, layout)
      : await postgresSink(options.database.url, layout);
  const counts: Record<string, number> = {};
  const add = (table: string, row: Value[]) => {
    counts[table] = (counts[table] ?? 0) + 1;
    sink.add(table, row);
  };
  const random = new Random(options.seed ?? 1);
  const now = Date.now();
  const products = writeCatalog(random, add, {
    count: options.products ?? 300,
    createdBy: context.users[0] as string,
    now,
  });
  const campaigns = writeCampaigns(random, add, {
    count: options.campaigns ?? 60,
    users: context.users,
    now,
  });
  const leadContext: LeadContext = { ...context, campaigns, now, convertedShare: 0.3 };
  const deals: DealContext = {
    ...context,
    now,
    campaigns,
    products,
    quotationShare: options.quotations / options.opportunities,
    wonShare: 0.35,
    withPlannedCost,
    sequences: { quotation: 0, order: 0 },
  };
  const recordEntry = activityRows({
    random,
    add,
    userIds: context.users,
    now,
    openShare: 0,
    deletedShare: 0.005,
  });

  let opportunities = 0;
  for (let n = 1; n <= options.leads; n++) {
    const lead = draftLead(random, leadContext);
    // Three in four conversions make an opportunity for the new customer.
    const conversion = lead.conversion;
    const deal =
      conversion && opportunities < options.opportunities && random.chance(0.75)
        ? writeDeal(random, add, deals, ++opportunities, { ...lead, conversion })
        : null;
    add(
      'leads',
      leadRow(random, lead, {
        opportunities: deal ? [deal.status] : [],
        quotations: deal?.quotations ?? [],
      }),
    );
    for (const entry of leadEntries(random, lead, now)) recordEntry(entry);
    await sink.checkpoint();
    if (n % 50_000 === 0)
      log(
        `  ${n.toLocaleString('en-GB')} leads, ${opportunities.toLocaleString('en-GB')} of their opportunities …`,
      );
  }
  while (opportunities < options.opportunities) {
    writeDeal(random, add, deals, ++opportunities, null);
    await sink.checkpoint();
    if (opportunities % 50_000 === 0) log(`  ${opportunities.toLocaleString('en-GB')} opportunities …`);
  }
  const year = new Date(now).getUTCFullYear();
  await sink.finish({
    [`quotation-${year}`]: deals.sequences.quotation,
    [`order-${year}`]: deals.sequences.order,
  });
  await settle(options.database, [...layout.order, 'opportunity_stage_totals']);
  const seconds = (performance.now() - started) / 1000;
  log(
    `generated ${Object.entries(counts)
      .map(([table, n]) => `${n.toLocaleString('en-GB')} ${table}`)
      .join(', ')} in ${seconds.toFixed(0)} s (${options.database.engine})`,
  );
  return counts;
}

/** Every table the generator writes, parents before children. */
function reportLayout(withPlannedCost: boolean): Layout<string> {
  const parts: Layout<string>[] = [
    CATALOG_LAYOUT,
    LEAD_LAYOUT,
    dealOpportunityLayout(withPlannedCost),
    {
      columns: {
        quotations: SALES_LAYOUT.columns.quotations,
        quotation_lines: SALES_LAYOUT.columns.quotation_lines,
      },
      order: ['quotations', 'quotation_lines'],
    },
    ORDER_LAYOUT,
    ACTIVITY_LAYOUT,
  ];
  return {
    columns: Object.assign({}, ...parts.map((part) => part.columns)),
    order: parts.flatMap((part) => part.order),
  };
}

async function readContext(handle: Handle) {
  const { db } = handle;
  // The master-data generator's colleagues own and write everything (not the bench's admin).
  const users = (
    await db
      .selectFrom('users')
      .select('id')
      .where('email', 'like', '%@kontor-bench.de')
      .orderBy('email')
      .execute()
  ).map((u) => u.id);
  const organizations = (await db.selectFrom('organizations').select('id').limit(200_000).execute()).map(
    (o) => o.id,
  );
  const contacts = (await db.selectFrom('contacts').select('id').limit(200_000).execute()).map((c) => c.id);
  const stages = (await db.selectFrom('pipeline_stages').select('id').orderBy('position').execute()).map(
    (s) => s.id,
  );
  if (users.length === 0 || organizations.length === 0)
    throw new Error('no generated users or organisations: run master-data.ts first');
  return { users, organizations, contacts, stages };
}

async function hasColumn(handle: Handle, table: string, column: string): Promise<boolean> {
  const { rows } =
    handle.engine === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(handle.db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_name = ${table}`.execute(handle.db);
  return rows.some((row) => row.name === column);
}

/**
 * What autovacuum and the query planner's statistics would have caught up with on a live
 * database: PostgreSQL's visibility map (index-only scans) and both engines' statistics.
 */
async function settle(database: DatabaseConfig, tables: readonly string[]) {
  const handle = openDatabase(database);
  const list = sql.join(tables.map((table) => sql.table(table)));
  if (handle.engine === 'postgres') await sql`vacuum (analyze) ${list}`.execute(handle.db);
  else await sql`analyze`.execute(handle.db);
  await handle.close();
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      leads: { type: 'string', default: '300000' },
      opportunities: { type: 'string', default: '200000' },
      quotations: { type: 'string', default: '500000' },
      seed: { type: 'string', default: '1' },
    },
  });
  await generateReportData({
    database: loadConfig(process.env).database,
    leads: Number(values.leads),
    opportunities: Number(values.opportunities),
    quotations: Number(values.quotations),
    seed: Number(values.seed),
  });
}
