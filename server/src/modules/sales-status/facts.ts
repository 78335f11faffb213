import type {
  LeadManualStatus,
  OpportunityManualStatus,
  OpportunityStatus,
  QuotationFacts,
  QuotationStatus,
} from '@kontor/domain/sales-status';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A quotation version with the facts its S5 status is derived from. */
export interface QuotationRow {
  id: string;
  label: string;
  status: QuotationStatus;
  facts: QuotationFacts;
  opportunityId: string | null;
  leadId: string | null;
  organizationId: string | null;
}

/** The quotations with their facts; `ordered` means a booked or completed order of it exists. */
export async function quotationRows(db: Db, ids: readonly string[]): Promise<QuotationRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('quotations as q')
    .select([
      'q.id',
      'q.number',
      'q.revision',
      'q.status',
      'q.submitted_at',
      'q.cancelled_at',
      'q.superseded_at',
      'q.lost_at',
      'q.expired_at',
      'q.opportunity_id',
      'q.lead_id',
      'q.organization_id',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('sales_orders as o')
            .select(sql.lit(1).as('one'))
            .whereRef('o.quotation_id', '=', 'q.id')
            .where('o.status', 'in', ['booked', 'completed']),
        )
        .as('ordered'),
    )
    .where('q.id', 'in', ids)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.revision > 1 ? `${row.number}-${row.revision}` : row.number,
    status: row.status as QuotationStatus,
    facts: {
      submitted: row.submitted_at !== null,
      cancelled: row.cancelled_at !== null,
      ordered: Boolean(Number(row.ordered)),
      superseded: row.superseded_at !== null,
      lost: row.lost_at !== null,
      expired: row.expired_at !== null,
    },
    opportunityId: row.opportunity_id,
    leadId: row.lead_id,
    organizationId: row.organization_id,
  }));
}

/** An opportunity with its by-hand status and its quotations' statuses. */
export interface OpportunityRow {
  id: string;
  name: string;
  status: OpportunityStatus;
  manual: OpportunityManualStatus;
  leadId: string | null;
  organizationId: string | null;
  quotations: QuotationStatus[];
}

/** The opportunities with their quotations' statuses, in one statement (a row per quotation). */
export async function opportunityRows(db: Db, ids: readonly string[]): Promise<OpportunityRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('opportunities as o')
    .leftJoin('quotations as q', 'q.opportunity_id', 'o.id')
    .select(['o.id', 'o.name', 'o.status', 'o.manual_status', 'o.lead_id', 'o.organization_id'])
    .select('q.status as quotation_status')
    .where('o.id', 'in', ids)
    .execute();
  const byId = new Map<string, OpportunityRow>();
  for (const row of rows) {
    const opportunity = byId.get(row.id) ?? {
      id: row.id,
      name: row.name,
      status: row.status as OpportunityStatus,
      manual: row.manual_status as OpportunityManualStatus,
      leadId: row.lead_id,
      organizationId: row.organization_id,
      quotations: [],
    };
    if (row.quotation_status !== null) opportunity.quotations.push(row.quotation_status as QuotationStatus);
    byId.set(row.id, opportunity);
  }
  return [...byId.values()];
}

/** A lead with its by-hand status, its conversion and the statuses of its opportunities and quotations. */
export interface LeadRow {
  id: string;
  name: string;
  status: string;
  manual: LeadManualStatus;
  convertedToCustomer: boolean;
  opportunities: OpportunityStatus[];
  /** Quotations for the lead itself or for one of its opportunities. */
  quotations: QuotationStatus[];
}

export async function leadRows(db: Db, ids: readonly string[]): Promise<LeadRow[]> {
  if (ids.length === 0) return [];
  const [rows, statuses] = await Promise.all([
    db
      .selectFrom('leads')
      .select(['id', 'name', 'status', 'manual_status', 'converted_at'])
      .where('id', 'in', ids)
      .execute(),
    // The statuses of the leads' opportunities, of their own quotations and of their
    // opportunities' quotations, in one statement of three indexed parts: one query with
    // `q.lead_id in … or o.lead_id in …` across the join scans every quotation (half a second
    // at 500,000).
    db
      .selectFrom('opportunities')
      .select([
        sql.lit('opportunity').as('kind'),
        'lead_id',
        'status',
        sql<string | null>`null`.as('own_lead_id'),
      ])
      .where('lead_id', 'in', ids)
      .unionAll(
        db
          .selectFrom('quotations')
          .select([
            sql.lit('quotation').as('kind'),
            'lead_id',
            'status',
            sql<string | null>`null`.as('own_lead_id'),
          ])
          .where('lead_id', 'in', ids),
      )
      .unionAll(
        db
          .selectFrom('opportunities as o')
          .innerJoin('quotations as q', 'q.opportunity_id', 'o.id')
          .select([
            sql.lit('opportunity-quotation').as('kind'),
            'o.lead_id',
            'q.status',
            'q.lead_id as own_lead_id',
          ])
          .where('o.lead_id', 'in', ids),
      )
      .execute(),
  ]);
  const opportunities = statuses.filter((row) => row.kind === 'opportunity');
  // A quotation counts for its own lead, else for its opportunity's (as coalesce(q.lead_id,
  // o.lead_id) would). Filtered here: `q.lead_id is null` in SQL tempts SQLite onto the lead
  // index, whose null entries are nearly all quotations.
  const quotations = statuses.filter(
    (row) => row.kind === 'quotation' || (row.kind === 'opportunity-quotation' && row.own_lead_id === null),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    manual: row.manual_status as LeadManualStatus,
    convertedToCustomer: row.converted_at !== null,
    opportunities: opportunities
      .filter((o) => o.lead_id === row.id)
      .map((o) => o.status as OpportunityStatus),
    quotations: quotations.filter((q) => q.lead_id === row.id).map((q) => q.status as QuotationStatus),
  }));
}
