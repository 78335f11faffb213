import { z } from 'zod';
import type { Label } from './fields.js';

// S5: the statuses of lead, opportunity, quotation and sales order depend on each other. Derived
// statuses are recomputed from the linked documents (first matching rule wins); a status set by
// hand is stored as `manual` and holds only while no derived rule matches. Side effects of an
// action (booking, cancelling) are not separate functions: re-run the derivations with the new facts.

export const LEAD_STATUSES = [
  'open',
  'replied',
  'interested',
  'do-not-contact',
  'opportunity',
  'quotation',
  'lost-quotation',
  'converted',
] as const;
export const leadStatusSchema = z.enum(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof leadStatusSchema>;

/** Lead statuses a user sets by hand; the others are derived. */
export const LEAD_MANUAL_STATUSES = ['open', 'replied', 'interested', 'do-not-contact'] as const;
export const leadManualStatusSchema = z.enum(LEAD_MANUAL_STATUSES);
export type LeadManualStatus = z.infer<typeof leadManualStatusSchema>;

export const OPPORTUNITY_STATUSES = ['open', 'replied', 'quotation', 'lost', 'converted', 'closed'] as const;
export const opportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES);
export type OpportunityStatus = z.infer<typeof opportunityStatusSchema>;

/** Opportunity statuses a user sets by hand (lost and closed are also derived); the others are derived. */
export const OPPORTUNITY_MANUAL_STATUSES = ['open', 'replied', 'lost', 'closed'] as const;
export const opportunityManualStatusSchema = z.enum(OPPORTUNITY_MANUAL_STATUSES);
export type OpportunityManualStatus = z.infer<typeof opportunityManualStatusSchema>;

export const QUOTATION_STATUSES = [
  'draft',
  'open',
  'expired',
  'lost',
  'superseded',
  'ordered',
  'cancelled',
] as const;
export const quotationStatusSchema = z.enum(QUOTATION_STATUSES);
export type QuotationStatus = z.infer<typeof quotationStatusSchema>;

/** Quotation statuses a user sets by hand; the others follow from submitting, versions, orders and dates. */
export const QUOTATION_MANUAL_STATUSES = ['lost', 'cancelled'] as const;

/** Order statuses all come from the user's actions (book, complete, cancel); none is derived. */
export const ORDER_STATUSES = ['draft', 'booked', 'completed', 'cancelled'] as const;
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const LEAD_STATUS_LABELS: Record<LeadStatus, Label> = {
  open: { de: 'Offen', en: 'Open' },
  replied: { de: 'Beantwortet', en: 'Replied' },
  interested: { de: 'Interessiert', en: 'Interested' },
  'do-not-contact': { de: 'Nicht kontaktieren', en: 'Do Not Contact' },
  opportunity: { de: 'Chance', en: 'Opportunity' },
  quotation: { de: 'Angebot', en: 'Quotation' },
  'lost-quotation': { de: 'Verlorenes Angebot', en: 'Lost Quotation' },
  converted: { de: 'Umgewandelt', en: 'Converted' },
};

export const OPPORTUNITY_STATUS_LABELS: Record<OpportunityStatus, Label> = {
  open: { de: 'Offen', en: 'Open' },
  replied: { de: 'Beantwortet', en: 'Replied' },
  quotation: { de: 'Angebot', en: 'Quotation' },
  lost: { de: 'Verloren', en: 'Lost' },
  converted: { de: 'Umgewandelt', en: 'Converted' },
  closed: { de: 'Geschlossen', en: 'Closed' },
};

export const QUOTATION_STATUS_LABELS: Record<QuotationStatus, Label> = {
  draft: { de: 'Entwurf', en: 'Draft' },
  open: { de: 'Offen', en: 'Open' },
  expired: { de: 'Abgelaufen', en: 'Expired' },
  lost: { de: 'Verloren', en: 'Lost' },
  superseded: { de: 'Ersetzt', en: 'Superseded' },
  ordered: { de: 'Bestellt', en: 'Ordered' },
  cancelled: { de: 'Abgebrochen', en: 'Cancelled' },
};

export const ORDER_STATUS_LABELS: Record<OrderStatus, Label> = {
  draft: { de: 'Entwurf', en: 'Draft' },
  booked: { de: 'Gebucht', en: 'Booked' },
  completed: { de: 'Abgeschlossen', en: 'Completed' },
  cancelled: { de: 'Storniert', en: 'Cancelled' },
};

/** The outcome of a guard: allowed, or refused with a stable code the server maps to a message and a 409. */
export type Guard<Reason extends string> = { ok: true } | { ok: false; reason: Reason };

const OK = { ok: true } as const;
const refuse = <Reason extends string>(reason: Reason) => ({ ok: false, reason }) as const;

// ── Quotation ────────────────────────────────────────────────────────────────────────────────

/** What is known about one quotation version; `ordered` means a booked, non-cancelled order exists. */
export interface QuotationFacts {
  submitted: boolean;
  cancelled: boolean;
  ordered: boolean;
  superseded: boolean;
  lost: boolean;
  expired: boolean;
}

/** The quotation's effective status by the S5 precedence (cancelled, ordered, superseded, lost, expired, open, draft). */
export function quotationStatus(facts: QuotationFacts): QuotationStatus {
  if (facts.cancelled) return 'cancelled';
  if (facts.ordered) return 'ordered';
  if (facts.superseded) return 'superseded';
  if (facts.lost) return 'lost';
  if (facts.expired) return 'expired';
  return facts.submitted ? 'open' : 'draft';
}

/** Active means submitted and still able to be ordered; expired, superseded (its newer version stands for it), lost and cancelled ones are not. */
export function isActiveQuotation(status: QuotationStatus): boolean {
  return status === 'open';
}

export type QuotationRefusal =
  | `quotation-is-${QuotationStatus}`
  | 'quotation-has-no-lines'
  | 'quotation-still-valid';

// Refusals name the status that stands in the way, so the server has one message per status.
function requireQuotationStatus(
  status: QuotationStatus,
  allowed: readonly QuotationStatus[],
): Guard<QuotationRefusal> {
  return allowed.includes(status) ? OK : refuse(`quotation-is-${status}` as const);
}

/** Only a draft is editable; a submitted quotation changes through a new version. */
export function canEditQuotation(status: QuotationStatus): Guard<QuotationRefusal> {
  return requireQuotationStatus(status, ['draft']);
}

/** Submitting (sending) needs a draft with at least one line. */
export function canSubmitQuotation(status: QuotationStatus, lineCount: number): Guard<QuotationRefusal> {
  const byStatus = requireQuotationStatus(status, ['draft']);
  if (!byStatus.ok) return byStatus;
  return lineCount >= 1 ? OK : refuse('quotation-has-no-lines');
}

/** A new version replaces the newest submitted, unordered, uncancelled version; "superseded" is exactly "not the newest". */
export function canCreateNewVersion(status: QuotationStatus): Guard<QuotationRefusal> {
  return requireQuotationStatus(status, ['open', 'expired', 'lost']);
}

/** Only the newest open or expired version can be lost; an ordered one can no longer be. */
export function canMarkQuotationLost(status: QuotationStatus): Guard<QuotationRefusal> {
  return requireQuotationStatus(status, ['open', 'expired']);
}

/** Cancelling withdraws the newest submitted version that has no booked order (a superseded one: cancel its newer version). */
export function canCancelQuotation(status: QuotationStatus): Guard<QuotationRefusal> {
  return requireQuotationStatus(status, ['open', 'expired', 'lost']);
}

/** Only the newest open version can be ordered: not expired, lost, cancelled, superseded or already ordered. */
export function canOrderQuotation(status: QuotationStatus): Guard<QuotationRefusal> {
  return requireQuotationStatus(status, ['open']);
}

/** The daily job expires an open quotation from the day after its validity date (dates as YYYY-MM-DD). */
export function canExpireQuotation(
  status: QuotationStatus,
  validUntil: string,
  today: string,
): Guard<QuotationRefusal> {
  const byStatus = requireQuotationStatus(status, ['open']);
  if (!byStatus.ok) return byStatus;
  return today > validUntil ? OK : refuse('quotation-still-valid');
}

export const QUOTATION_ACTIONS = ['edit', 'submit', 'new-version', 'mark-lost', 'cancel', 'order'] as const;
export type QuotationAction = (typeof QUOTATION_ACTIONS)[number];

/** Every user action on a quotation with its verdict, so the UI offers only allowed ones and says why (expiry is the job's). */
export function allowedQuotationActions(context: {
  status: QuotationStatus;
  lineCount: number;
}): Record<QuotationAction, Guard<QuotationRefusal>> {
  const { status, lineCount } = context;
  return {
    edit: canEditQuotation(status),
    submit: canSubmitQuotation(status, lineCount),
    'new-version': canCreateNewVersion(status),
    'mark-lost': canMarkQuotationLost(status),
    cancel: canCancelQuotation(status),
    order: canOrderQuotation(status),
  };
}

// ── Opportunity ──────────────────────────────────────────────────────────────────────────────

/** What is known about one opportunity: its stored by-hand status and the statuses of its quotation versions. */
export interface OpportunityFacts {
  manual: OpportunityManualStatus;
  quotations: readonly QuotationStatus[];
}

/** The opportunity's effective status by the S5 precedence (closed, converted, quotation, lost, then by hand). */
export function opportunityStatus(facts: OpportunityFacts): OpportunityStatus {
  const { manual, quotations } = facts;
  if (manual === 'closed') return 'closed';
  if (quotations.includes('ordered')) return 'converted';
  if (quotations.some(isActiveQuotation)) return 'quotation';
  if (manual === 'lost' || quotations.includes('lost')) return 'lost';
  return manual;
}

export type StatusRefusal = 'status-derived' | 'derived-status-applies';
export type OpportunityRefusal = StatusRefusal | 'opportunity-has-active-quotation';

/** A by-hand status is allowed only if it would be the effective one; lost with an active quotation is refused specially. */
export function canSetOpportunityStatusByHand(
  context: OpportunityFacts,
  target: OpportunityStatus,
): Guard<OpportunityRefusal> {
  if (!isOpportunityManualStatus(target)) return refuse('status-derived');
  const effective = opportunityStatus({ ...context, manual: target });
  if (effective === target) return OK;
  if (target === 'lost' && effective === 'quotation') return refuse('opportunity-has-active-quotation');
  return refuse('derived-status-applies');
}

/** Every by-hand opportunity status with its verdict, for the UI's status menu. */
export function allowedOpportunityStatuses(
  context: OpportunityFacts,
): Record<OpportunityManualStatus, Guard<OpportunityRefusal>> {
  return {
    open: canSetOpportunityStatusByHand(context, 'open'),
    replied: canSetOpportunityStatusByHand(context, 'replied'),
    lost: canSetOpportunityStatusByHand(context, 'lost'),
    closed: canSetOpportunityStatusByHand(context, 'closed'),
  };
}

/** Cancelling a quotation returns its opportunity to Open, so the stored by-hand status resets (a closed one stays closed). */
export function opportunityManualAfterQuotationCancelled(
  manual: OpportunityManualStatus,
): OpportunityManualStatus {
  return manual === 'closed' ? 'closed' : 'open';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the job should close a Replied opportunity left untouched for `days` days (default 15); timestamps are ISO. */
export function opportunityAutoClose(input: {
  status: OpportunityStatus;
  lastTouchedAt: string;
  now: string;
  days?: number;
}): boolean {
  const { status, lastTouchedAt, now, days = 15 } = input;
  return status === 'replied' && Date.parse(now) - Date.parse(lastTouchedAt) >= days * DAY_MS;
}

function isOpportunityManualStatus(status: OpportunityStatus): status is OpportunityManualStatus {
  return (OPPORTUNITY_MANUAL_STATUSES as readonly string[]).includes(status);
}

// ── Lead ─────────────────────────────────────────────────────────────────────────────────────

/** What is known about one lead: its by-hand status, whether a customer was made from it, its opportunities and all quotations for it or its opportunities. */
export interface LeadFacts {
  manual: LeadManualStatus;
  convertedToCustomer: boolean;
  opportunities: readonly OpportunityStatus[];
  quotations: readonly QuotationStatus[];
}

/** The lead's effective status by the S5 precedence; only active quotations count as "Angebot" (expired, cancelled and superseded do not), a closed opportunity still counts as one that is not lost, and one that had only lost opportunities stays Opportunity rather than Open. */
export function leadStatus(facts: LeadFacts): LeadStatus {
  const { manual, convertedToCustomer, opportunities, quotations } = facts;
  if (convertedToCustomer || quotations.includes('ordered') || opportunities.includes('converted')) {
    return 'converted';
  }
  if (quotations.some(isActiveQuotation) || opportunities.includes('quotation')) return 'quotation';
  if (opportunities.some((status) => status !== 'lost')) return 'opportunity';
  if (quotations.includes('lost')) return 'lost-quotation';
  // Never back to Open once it had an opportunity, even when all of them were lost.
  if (manual === 'open' && opportunities.length > 0) return 'opportunity';
  return manual;
}

export type LeadRefusal = StatusRefusal | 'lead-has-opportunity';

/** A by-hand status is allowed only if it would be the effective one; a lead with an opportunity never returns to Open. */
export function canSetLeadStatusByHand(context: LeadFacts, target: LeadStatus): Guard<LeadRefusal> {
  if (!isLeadManualStatus(target)) return refuse('status-derived');
  if (target === 'open' && context.opportunities.length > 0) return refuse('lead-has-opportunity');
  return leadStatus({ ...context, manual: target }) === target ? OK : refuse('derived-status-applies');
}

/** Every by-hand lead status with its verdict, for the UI's status menu. */
export function allowedLeadStatuses(context: LeadFacts): Record<LeadManualStatus, Guard<LeadRefusal>> {
  return {
    open: canSetLeadStatusByHand(context, 'open'),
    replied: canSetLeadStatusByHand(context, 'replied'),
    interested: canSetLeadStatusByHand(context, 'interested'),
    'do-not-contact': canSetLeadStatusByHand(context, 'do-not-contact'),
  };
}

/** Do Not Contact blocks outbound e-mail and planned calls to the lead. */
export function blocksOutboundContact(status: LeadStatus): boolean {
  return status === 'do-not-contact';
}

function isLeadManualStatus(status: LeadStatus): status is LeadManualStatus {
  return (LEAD_MANUAL_STATUSES as readonly string[]).includes(status);
}

// ── Sales order ──────────────────────────────────────────────────────────────────────────────

export type OrderRefusal = `order-is-${OrderStatus}`;

function requireOrderStatus(status: OrderStatus, allowed: readonly OrderStatus[]): Guard<OrderRefusal> {
  return allowed.includes(status) ? OK : refuse(`order-is-${status}` as const);
}

/** Booking turns a draft order binding (and makes its quotation Ordered, its opportunity and lead Converted). */
export function canBookOrder(status: OrderStatus): Guard<OrderRefusal> {
  return requireOrderStatus(status, ['draft']);
}

/** Only a booked order can be completed. */
export function canCompleteOrder(status: OrderStatus): Guard<OrderRefusal> {
  return requireOrderStatus(status, ['booked']);
}

/** A draft or booked order can be cancelled; cancelling re-derives its quotation and opportunity. */
export function canCancelOrder(status: OrderStatus): Guard<OrderRefusal> {
  return requireOrderStatus(status, ['draft', 'booked']);
}
