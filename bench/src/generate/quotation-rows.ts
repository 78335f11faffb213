// Generates opportunities and quotations with their lines into a database that already holds the
// master-data benchmark's organisations and users (see master-data.ts), column for column as the
// opportunity and quotation services write them, but in bulk:
//
//   node --import tsx bench/src/generate/quotation-rows.ts --opportunities 200000 --quotations 500000
//
// Each opportunity belongs to a random organisation and gets its share of the quotations as
// versions of one number (ANG-<year>-…): the older versions superseded, the newest draft, open,
// lost, expired or cancelled; 1–6 lines each with both VAT rates. Stored statuses, totals and
// the number sequence agree with the facts, as the S5 sync and domain/sales-totals.ts keep them.
// (Opportunities are generated minimally here: name, organisation, stage, owner, statuses.)
// DATABASE_URL selects PostgreSQL, otherwise KONTOR_DATA_DIR/kontor.sqlite.
import { parseArgs } from 'node:util';
import { foldGerman } from '@kontor/domain/normalize';
import { documentNumber } from '@kontor/domain/quotations';
import { type OpportunityStatus, opportunityStatus, type QuotationStatus } from '@kontor/domain/sales-status';
import { documentTotals, type LineItem, lineNetCents } from '@kontor/domain/sales-totals';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { migrateToLatest, openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { postgresSink } from './postgres-sink.ts';
import { Random } from './random.ts';
import { sqliteSink } from './sqlite-sink.ts';
import type { Layout, Value } from './tables.ts';

export type SalesTable = 'opportunities' | 'quotations' | 'quotation_lines';

const text = (name: string) => [name, 'text'] as const;
const int = (name: string) => [name, 'int'] as const;
const bigint = (name: string) => [name, 'bigint'] as const;

export const SALES_LAYOUT: Layout<SalesTable> = {
  columns: {
    opportunities: [
      ...['id', 'name', 'name_key', 'organization_id', 'stage_id', 'manual_status', 'status'].map(text),
      bigint('expected_revenue_cents'),
      ...['currency', 'owner_id', 'status_changed_at', 'created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
    quotations: [
      text('id'),
      text('number'),
      int('revision'),
      ...['predecessor_id', 'status', 'opportunity_id', 'lead_id', 'organization_id', 'billing_address'].map(
        text,
      ),
      ...['terms', 'payment_terms', 'currency'].map(text),
      ...['net_cents', 'tax_cents', 'gross_cents'].map(bigint),
      ...['owner_id', 'quotation_date', 'valid_until', 'submitted_at', 'submitted_by'].map(text),
      ...['superseded_at', 'lost_at', 'expired_at', 'cancelled_at'].map(text),
      ...['created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
    quotation_lines: [
      text('id'),
      text('quotation_id'),
      int('position'),
      text('product_id'),
      text('description'),
      bigint('quantity_milli'),
      text('unit'),
      bigint('unit_price_cents'),
      int('discount_basis_points'),
      int('tax_rate'),
      bigint('net_cents'),
    ],
  },
  order: ['opportunities', 'quotations', 'quotation_lines'],
};

export interface GenerateSalesOptions {
  database: DatabaseConfig;
  opportunities: number;
  quotations: number;
  seed?: number;
  log?: (line: string) => void;
}

const ARTICLES = [
  'Wartung',
  'Beratung',
  'Montage',
  'Schulung',
  'Lizenz',
  'Ersatzteil',
  'Prüfung',
  'Lieferung',
];
const THINGS = ['Heizungsanlage', 'Behandlungsstuhl', 'Kühlzelle', 'Server', 'Druckmaschine', 'Aufzug'];
const LAST: QuotationStatus[] = ['draft', 'open', 'open', 'open', 'lost', 'expired', 'cancelled'];
const DAY = 86_400_000;

/** Fills opportunities, quotations and lines; refuses a database that has quotations already. */
export async function generateSales(options: GenerateSalesOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const handle = openDatabase(options.database);
  await migrateToLatest(handle.db);
  const existing = await handle.db
    .selectFrom('quotations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    await handle.close();
    throw new Error('the database already has quotations; generate into one without');
  }
  const users = (await handle.db.selectFrom('users').select('id').orderBy('email').execute()).map(
    (u) => u.id,
  );
  const organizations = (
    await handle.db.selectFrom('organizations').select('id').limit(200_000).execute()
  ).map((o) => o.id);
  const stages = (await handle.db.selectFrom('pipeline_stages').select('id').execute()).map((s) => s.id);
  await handle.close();
  if (organizations.length === 0) throw new Error('no organisations: run master-data.ts first');

  const sink =
    options.database.engine === 'sqlite'
      ? sqliteSink(options.database.file, SALES_LAYOUT)
      : await postgresSink(options.database.url, SALES_LAYOUT);
  const random = new Random(options.seed ?? 1);
  const now = Date.now();
  const year = new Date(now).getUTCFullYear();
  const counts = { opportunities: 0, quotations: 0, quotation_lines: 0 };
  const add = (table: SalesTable, row: Value[]) => {
    counts[table]++;
    sink.add(table, row);
  };
  let sequence = 0;
  for (let o = 0; o < options.opportunities; o++) {
    const opportunityId = newId();
    const organizationId = random.pick(organizations);
    const owner = random.pick(users);
    // Spread the quotations evenly: this opportunity's share, rounded by chance.
    const share = options.quotations / options.opportunities;
    const versions = Math.floor(share) + (random.chance(share % 1) ? 1 : 0);
    const chain = writeQuotationChain(random, add, {
      opportunityId,
      organizationId,
      leadId: null,
      owner,
      start: now - random.int(30, 700) * DAY,
      number: versions > 0 ? documentNumber('ANG', year, ++sequence) : '',
      versions,
      last: random.pick(LAST),
      now,
    });
    const status: OpportunityStatus = opportunityStatus({ manual: 'open', quotations: chain.statuses });
    const name = `${random.pick(ARTICLES)} ${random.pick(THINGS)} ${o + 1}`;
    const stamp = new Date(chain.start).toISOString();
    add('opportunities', [
      opportunityId,
      name,
      foldGerman(name),
      organizationId,
      random.pick(stages),
      'open',
      status,
      random.int(1, 500) * 100_000,
      'EUR',
      owner,
      stamp,
      stamp,
      stamp,
      owner,
      1,
    ]);
    await sink.checkpoint();
    if ((o + 1) % 50_000 === 0) log(`  ${(o + 1).toLocaleString('en-GB')} opportunities …`);
  }
  await sink.finish({ [`quotation-${year}`]: sequence });
  const seconds = (performance.now() - started) / 1000;
  log(
    `  ${Object.entries(counts)
      .map(([table, n]) => `${n.toLocaleString('en-GB')} ${table}`)
      .join(', ')} in ${seconds.toFixed(0)} s`,
  );
  return counts;
}

/** A product quotation lines may name (the report generator's catalogue). */
export interface QuotedProduct {
  id: string;
  name: string;
  unit: string;
  listPriceCents: number;
  taxRate: number;
}

/** The versions of one quotation number, as the quotation service leaves them. */
export interface QuotationChainPlan {
  opportunityId: string;
  organizationId: string | null;
  leadId: string | null;
  owner: string;
  /** When the first version was written (ms); each next version three days later. */
  start: number;
  number: string;
  versions: number;
  /** The newest version's status; the older ones are superseded. */
  last: QuotationStatus;
  now: number;
  /** Lines name these products now and then; without, lines are free text. */
  products?: readonly QuotedProduct[];
}

export interface QuotationChain {
  start: number;
  statuses: QuotationStatus[];
  /** The newest version, which an order copies (null without versions). */
  newest: { id: string; lines: LineItem[]; submittedAt: number | null } | null;
}

/**
 * Writes the versions of one quotation number with their lines through `add` (the caller writes
 * the opportunity, and must add it before these rows so foreign keys hold after every flush).
 */
export function writeQuotationChain(
  random: Random,
  add: (table: 'quotations' | 'quotation_lines', row: Value[]) => void,
  plan: QuotationChainPlan,
): QuotationChain {
  const { now } = plan;
  const statuses: QuotationStatus[] = [];
  let predecessor: string | null = null;
  let newest: QuotationChain['newest'] = null;
  for (let v = 1; v <= plan.versions; v++) {
    const id = newId();
    const status: QuotationStatus = v < plan.versions ? 'superseded' : plan.last;
    statuses.push(status);
    const at = (days: number) => new Date(plan.start + days * DAY).toISOString();
    const submitted = status !== 'draft';
    const lines = linesOf(random, plan.products);
    const totals = documentTotals(lines);
    for (const [index, line] of lines.entries()) {
      add('quotation_lines', [
        newId(),
        id,
        index + 1,
        line.productId,
        line.description,
        line.quantityMilli,
        line.unit,
        line.unitPriceCents,
        line.discountBasisPoints,
        line.taxRate,
        lineNetCents(line),
      ]);
    }
    const date = submitted ? at(v * 3).slice(0, 10) : null;
    add('quotations', [
      id,
      plan.number,
      v,
      predecessor,
      status,
      plan.opportunityId,
      plan.leadId,
      plan.organizationId,
      null,
      'Lieferung frei Haus.',
      'Zahlbar innerhalb von 14 Tagen netto.',
      'EUR',
      totals.netCents,
      totals.taxCents,
      totals.grossCents,
      plan.owner,
      date,
      // Open ones are still valid; expired ones ran out.
      status === 'open' ? new Date(now + 30 * DAY).toISOString().slice(0, 10) : at(v * 3 + 30).slice(0, 10),
      submitted ? at(v * 3) : null,
      submitted ? plan.owner : null,
      status === 'superseded' ? at(v * 3 + 3) : null,
      status === 'lost' ? at(v * 3 + 10) : null,
      status === 'expired' ? at(v * 3 + 31) : null,
      status === 'cancelled' ? at(v * 3 + 5) : null,
      at(v * 3 - 1),
      at(v * 3 + 1),
      plan.owner,
      1,
    ]);
    predecessor = id;
    newest = { id, lines, submittedAt: submitted ? plan.start + v * 3 * DAY : null };
  }
  return { start: plan.start, statuses, newest };
}

/** 1–6 lines: articles at 19 %, some books or food at 7 %, some discounts; some of the catalogue. */
function linesOf(random: Random, products?: readonly QuotedProduct[]): LineItem[] {
  return Array.from({ length: random.int(1, 6) }, () => {
    const product = products && random.chance(0.7) ? random.pick(products) : null;
    return {
      productId: product?.id ?? null,
      description: product?.name ?? `${random.pick(ARTICLES)} ${random.pick(THINGS)}`,
      quantityMilli: random.int(1, 20) * 500,
      unit: product?.unit ?? (random.chance(0.5) ? 'Std.' : 'Stk'),
      unitPriceCents: product?.listPriceCents ?? random.int(100, 500_000),
      discountBasisPoints: random.chance(0.2) ? random.int(1, 20) * 100 : 0,
      taxRate: (product?.taxRate ?? (random.chance(0.1) ? 7 : 19)) as LineItem['taxRate'],
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      opportunities: { type: 'string', default: '200000' },
      quotations: { type: 'string', default: '500000' },
      seed: { type: 'string', default: '1' },
    },
  });
  await generateSales({
    database: loadConfig(process.env).database,
    opportunities: Number(values.opportunities),
    quotations: Number(values.quotations),
    seed: Number(values.seed),
  });
}
