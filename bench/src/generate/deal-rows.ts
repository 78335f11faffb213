// One deal of the report data: an opportunity (opportunity-rows.ts), the versions of its
// quotation (quotation-rows.ts) and, for a won one, the order booked from the newest version
// (order-rows.ts) — with the opportunity's stored status derived from its quotations as the S5
// sync keeps it, and its lead, campaign, contact and planned cost filled.
import { documentNumber } from '@kontor/domain/quotations';
import {
  type OpportunityManualStatus,
  type OpportunityStatus,
  opportunityStatus,
  type QuotationStatus,
} from '@kontor/domain/sales-status';
import { text } from './column-kit.ts';
import type { LeadDraft } from './lead-rows.ts';
import { OPPORTUNITY_LAYOUT, type OpportunityContext, opportunityRow } from './opportunity-rows.ts';
import { type OrderTable, orderOutcome, writeOrder } from './order-rows.ts';
import { type QuotedProduct, writeQuotationChain } from './quotation-rows.ts';
import type { Random } from './random.ts';
import type { Layout, Value } from './tables.ts';

export type DealTable = 'opportunities' | 'quotations' | 'quotation_lines' | OrderTable;

const DAY = 86_400_000;
const OPEN_ENDINGS: QuotationStatus[] = ['draft', 'open', 'open', 'open', 'lost', 'expired', 'expired'];

/** The opportunity columns of opportunity-rows.ts and those the report data fills besides. */
export function dealOpportunityLayout(withPlannedCost: boolean): Layout<'opportunities'> {
  return {
    columns: {
      opportunities: [
        ...OPPORTUNITY_LAYOUT.columns.opportunities,
        ...['lead_id', 'campaign_id', 'contact_id'].map(text),
        ...(withPlannedCost ? [['planned_cost_cents', 'bigint'] as const] : []),
      ],
    },
    order: ['opportunities'],
  };
}

const at = (name: string) =>
  OPPORTUNITY_LAYOUT.columns.opportunities.findIndex(([column]) => column === name);
const COLUMN = {
  organization: at('organization_id'),
  manual: at('manual_status'),
  status: at('status'),
  revenue: at('expected_revenue_cents'),
  owner: at('owner_id'),
  source: at('source'),
  statusChanged: at('status_changed_at'),
  created: at('created_at'),
  updated: at('updated_at'),
};

export interface DealContext extends OpportunityContext {
  campaigns: readonly { id: string }[];
  products: readonly QuotedProduct[];
  /** Quotations per opportunity on average (500,000 / 200,000). */
  quotationShare: number;
  /** Share of open or replied opportunities that are won. */
  wonShare: number;
  withPlannedCost: boolean;
  /** Draws the next quotation and order number. */
  sequences: { quotation: number; order: number };
}

export interface Deal {
  status: OpportunityStatus;
  quotations: QuotationStatus[];
  ordered: boolean;
}

/**
 * Writes the n-th opportunity with its quotations and order. `lead`: the converted lead it was
 * made from (at the conversion, for the lead's new customer); without, a customer's own deal.
 */
export function writeDeal(
  random: Random,
  add: (table: DealTable, row: Value[]) => void,
  context: DealContext,
  n: number,
  lead: (LeadDraft & { conversion: NonNullable<LeadDraft['conversion']> }) | null,
): Deal {
  const { now } = context;
  const row = opportunityRow(random, context, n);
  const id = row[0] as string;
  const manual = row[COLUMN.manual] as OpportunityManualStatus;
  const owner = (lead?.owner ?? row[COLUMN.owner]) as string;
  let created = lead ? lead.conversion.at : Date.parse(row[COLUMN.created] as string);
  const organizationId = lead ? lead.conversion.organizationId : (row[COLUMN.organization] as string);

  const versions = Math.floor(context.quotationShare) + (random.chance(context.quotationShare % 1) ? 1 : 0);
  const won = versions > 0 && (manual === 'open' || manual === 'replied') && random.chance(context.wonShare);
  const outcome = won ? orderOutcome(random) : null;
  // A cancelled order leaves its quotation to run out; a lost or closed deal's quotation lost or expired.
  const last: QuotationStatus =
    outcome === 'cancelled'
      ? 'expired'
      : outcome
        ? 'ordered'
        : manual === 'lost'
          ? random.pick(['lost', 'expired'] as const)
          : manual === 'closed'
            ? random.pick(['expired', 'cancelled'] as const)
            : random.pick(OPEN_ENDINGS);
  // Quotations start some days after the opportunity, early enough for every version and the order.
  const start = Math.min(created + random.int(1, 14) * DAY, now - (versions * 3 + 25) * DAY);
  created = Math.min(created, start - DAY);
  const chain = writeQuotationChain(random, add, {
    opportunityId: id,
    organizationId,
    leadId: lead?.id ?? null,
    owner,
    start,
    number:
      versions > 0
        ? documentNumber('ANG', new Date(now).getUTCFullYear(), ++context.sequences.quotation)
        : '',
    versions,
    last,
    now,
    products: context.products,
  });
  let touched = Math.max(Date.parse(row[COLUMN.updated] as string), created);
  if (outcome && chain.newest?.submittedAt) {
    const booked = writeOrder(random, add, {
      quotationId: chain.newest.id,
      lines: chain.newest.lines,
      submittedAt: chain.newest.submittedAt,
      opportunityId: id,
      leadId: lead?.id ?? null,
      organizationId,
      owner,
      status: outcome,
      sequence: ++context.sequences.order,
      now,
    });
    touched = Math.max(touched, booked);
  }
  const status = opportunityStatus({ manual, quotations: chain.statuses });
  const revenue = row[COLUMN.revenue] as number;
  row[COLUMN.status] = status;
  row[COLUMN.owner] = owner;
  row[COLUMN.organization] = organizationId;
  row[COLUMN.created] = new Date(created).toISOString();
  row[COLUMN.updated] = new Date(Math.min(now, touched)).toISOString();
  row[COLUMN.statusChanged] = row[COLUMN.updated] as string;
  if (lead) row[COLUMN.source] = lead.source;
  const campaignId =
    lead?.campaignId ??
    (row[COLUMN.source] === 'campaign' && context.campaigns.length > 0
      ? random.pick(context.campaigns).id
      : null);
  row.push(lead?.id ?? null, campaignId, lead?.conversion.contactId ?? null);
  if (context.withPlannedCost)
    row.push(random.chance(0.6) ? Math.round((revenue * random.int(5, 40)) / 100) : null);
  add('opportunities', row);
  return { status, quotations: chain.statuses, ordered: outcome !== null && outcome !== 'cancelled' };
}
