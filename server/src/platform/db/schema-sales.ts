import type { Generated } from 'kysely';

// The tables of sales (S1–S4): leads, the pipeline and its settings, quotations and orders.
// Money columns are bigint on PostgreSQL: read them with Number.

type Money = number | string;

interface Bookkeeping {
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

/** A pipeline stage ("Phase"); `position` orders the board's columns. */
export interface PipelineStagesTable {
  id: string;
  name: string;
  position: number;
  probability: number;
  folded: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A lost reason of the admin's list ("Verlustgrund"). */
export interface LostReasonsTable {
  id: string;
  name: string;
  position: number;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface LeadsTable extends Bookkeeping {
  id: string;
  /** "Vorname Nachname (Firma)", or whichever part exists. */
  name: string;
  name_key: string;
  company_name: string | null;
  company_key: string | null;
  salutation: string | null;
  title: string | null;
  first_name: string | null;
  last_name: string | null;
  position: string | null;
  email: string | null;
  email_key: string | null;
  phone: string | null;
  city: string | null;
  city_key: string | null;
  /** The status stored by hand (S5 manual statuses). */
  manual_status: Generated<string>;
  /** The effective status, derived by domain/sales-status.ts and kept in step by the sales services. */
  status: Generated<string>;
  source: string | null;
  campaign_id: string | null;
  abc_class: string | null;
  owner_id: string | null;
  /** YYYY-MM-DD. */
  next_follow_up_on: string | null;
  converted_organization_id: string | null;
  converted_contact_id: string | null;
  converted_at: string | null;
}

export interface OpportunitiesTable extends Bookkeeping {
  id: string;
  name: string;
  name_key: string;
  organization_id: string | null;
  lead_id: string | null;
  contact_id: string | null;
  stage_id: string;
  manual_status: Generated<string>;
  status: Generated<string>;
  expected_revenue_cents: Money;
  /** What winning the deal is planned to cost (R5 "Plankosten"); null: not planned. */
  planned_cost_cents: Money | null;
  /** Null: the stage's default probability applies. */
  probability: number | null;
  currency: Generated<string>;
  expected_close_date: string | null;
  owner_id: string | null;
  team_id: string | null;
  source: string | null;
  campaign_id: string | null;
  lost_note: string | null;
  /** When the effective status last changed (the auto-close rule's "untouched"). */
  status_changed_at: string;
}

export interface OpportunityCompetitorsTable {
  opportunity_id: string;
  organization_id: string;
}

export interface OpportunityLostReasonsTable {
  opportunity_id: string;
  lost_reason_id: string;
}

/** What quotations and orders share: customer, printed addresses, texts, totals, owner. */
interface SalesDocument extends Bookkeeping {
  id: string;
  number: string;
  status: Generated<string>;
  opportunity_id: string | null;
  lead_id: string | null;
  organization_id: string | null;
  contact_id: string | null;
  /** JSON of an address block input (domain/address-block.ts), as printed. */
  billing_address: string | null;
  shipping_address: string | null;
  intro_text: string | null;
  terms: string | null;
  payment_terms: string | null;
  currency: Generated<string>;
  net_cents: Generated<Money>;
  tax_cents: Generated<Money>;
  gross_cents: Generated<Money>;
  owner_id: string | null;
  team_id: string | null;
}

export interface QuotationsTable extends SalesDocument {
  /** 1 for the first version; a new version ("neue Version") shares the number with revision + 1. */
  revision: Generated<number>;
  predecessor_id: string | null;
  quotation_date: string | null;
  valid_until: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  superseded_at: string | null;
  lost_at: string | null;
  lost_note: string | null;
  expired_at: string | null;
  cancelled_at: string | null;
}

export interface SalesOrdersTable extends SalesDocument {
  quotation_id: string | null;
  order_date: string | null;
  delivery_date: string | null;
  customer_reference: string | null;
  /** 'user' or 'customer-link'. */
  accepted_via: Generated<string>;
  booked_at: string | null;
  completed_at: string | null;
  cancelled_at: string | null;
}

/** A line item; the fields of domain/sales-totals.ts lineItemSchema and its computed net. */
interface LineItem {
  id: string;
  position: number;
  product_id: string | null;
  description: string;
  quantity_milli: Money;
  unit: string;
  unit_price_cents: Money;
  discount_basis_points: number;
  tax_rate: number;
  net_cents: Money;
}

export interface QuotationLinesTable extends LineItem {
  quotation_id: string;
}

export interface SalesOrderLinesTable extends LineItem {
  order_id: string;
}

export interface QuotationLostReasonsTable {
  quotation_id: string;
  lost_reason_id: string;
}

export interface QuotationCompetitorsTable {
  quotation_id: string;
  organization_id: string;
}

/** A customer link to a quotation; only the token's SHA-256 digest is stored. */
export interface QuotationLinksTable {
  id: string;
  quotation_id: string;
  token_digest: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  opened_count: Generated<number>;
  last_opened_at: string | null;
  accepted_at: string | null;
  created_at: string;
  created_by: string | null;
}

/** One visitor (cookie digest) who opened a link: "Angebot geöffnet" is recorded once per visitor. */
export interface QuotationLinkVisitsTable {
  link_id: string;
  visitor_digest: string;
  opened_at: string;
}

/**
 * The board's counts and sums per stage, status and owner, kept by triggers on opportunities
 * and pipeline_stages (migration 0018, decision 0017). `owner_key` is the owner or '' for none.
 */
export interface OpportunityStageTotalsTable {
  stage_id: string;
  status: string;
  owner_key: string;
  owner_id: string | null;
  count: Money;
  expected_revenue_cents: Money;
  weighted_revenue_cents: Money;
}
