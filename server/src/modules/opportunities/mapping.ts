import type { LeadSource } from '@kontor/domain/leads';
import {
  allowedOpportunityStatuses,
  type OpportunityManualStatus,
  type OpportunityStatus,
  type QuotationStatus,
} from '@kontor/domain/sales-status';
import type { NamedRef, OpportunityRow } from './repository.js';
import type { OpportunityView } from './schemas.js';

/** What hangs on an opportunity besides its row: competitors, lost reasons, its quotations' statuses. */
export interface OpportunityParts {
  competitors: NamedRef[];
  lostReasons: NamedRef[];
  quotations: QuotationStatus[];
}

export function toOpportunity(row: OpportunityRow, parts: OpportunityParts): OpportunityView {
  const manual = row.manual_status as OpportunityManualStatus;
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    leadId: row.lead_id,
    leadName: row.lead_name,
    stageId: row.stage_id,
    stageName: row.stage_name,
    status: row.status as OpportunityStatus,
    manualStatus: manual,
    expectedRevenueCents: Number(row.expected_revenue_cents),
    plannedCostCents: row.planned_cost_cents === null ? null : Number(row.planned_cost_cents),
    probability: row.probability ?? row.stage_probability,
    probabilityOverridden: row.probability !== null,
    weightedRevenueCents: Number(row.weighted_revenue_cents),
    currency: row.currency,
    expectedCloseDate: row.expected_close_date,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    teamId: row.team_id,
    teamName: row.team_name,
    source: row.source as LeadSource | null,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    competitors: parts.competitors,
    lostReasons: parts.lostReasons,
    lostNote: row.lost_note,
    allowedStatuses: allowedOpportunityStatuses({ manual, quotations: parts.quotations }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
