import {
  LEAD_STATUS_LABELS,
  type LeadStatus,
  leadStatus,
  OPPORTUNITY_STATUS_LABELS,
  opportunityStatus,
  QUOTATION_STATUS_LABELS,
  quotationStatus,
} from '@kontor/domain/sales-status';
import type { Transaction } from 'kysely';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import type { DomainEvents } from '../../platform/events/bus.js';
import type { ActivityRecorder, RecordActivityInput } from '../activities/recorder.js';
import type { RecordKey } from '../activities/repository.js';
import { leadRows, opportunityRows, quotationRows } from './facts.js';

/** One effective status that changed, as the sync stored it. */
export interface StatusChange {
  recordType: 'quotation' | 'opportunity' | 'lead';
  id: string;
  from: string;
  to: string;
}

/**
 * Keeps the stored S5 statuses in step with their facts (decision 0014): every action that
 * changes a fact emits `sales.changed`, and this derives the statuses of the named quotations,
 * then of their opportunities, then of the leads behind both — in the action's transaction, so
 * a status never disagrees with its documents. Each change leaves a system entry on the record's
 * timeline (and on the customer's), which the live overview shows as it commits.
 */
export class SalesStatusSync {
  constructor(private readonly recorder: ActivityRecorder) {}

  async refresh(trx: Transaction<Database>, event: DomainEvents['sales.changed']): Promise<StatusChange[]> {
    const changes: StatusChange[] = [];
    // Recorded together at the end, in this order (the cause, quotation, opportunity, lead) —
    // one batch of statements however many statuses changed.
    const entries: RecordActivityInput[] = event.cause
      ? [{ type: 'system', ...event.cause, createdBy: event.by }]
      : [];
    const now = nowIso();
    const opportunityIds = new Set(event.opportunityIds ?? []);
    const leadIds = new Set(event.leadIds ?? []);

    for (const quotation of await quotationRows(trx, unique(event.quotationIds))) {
      if (quotation.opportunityId) opportunityIds.add(quotation.opportunityId);
      if (quotation.leadId) leadIds.add(quotation.leadId);
      const next = quotationStatus(quotation.facts);
      if (next === quotation.status) continue;
      await trx.updateTable('quotations').set({ status: next }).where('id', '=', quotation.id).execute();
      changes.push({ recordType: 'quotation', id: quotation.id, from: quotation.status, to: next });
      entries.push(
        entry(event.by, `Angebot ${quotation.label}`, {
          from: QUOTATION_STATUS_LABELS[quotation.status].de,
          to: QUOTATION_STATUS_LABELS[next].de,
          systemKey: 'quotation.status-changed',
          links: links(
            ['quotation', quotation.id],
            ['opportunity', quotation.opportunityId],
            ['lead', quotation.leadId],
            ['organization', quotation.organizationId],
          ),
        }),
      );
    }

    for (const opportunity of await opportunityRows(trx, [...opportunityIds])) {
      if (opportunity.leadId) leadIds.add(opportunity.leadId);
      const next = opportunityStatus(opportunity);
      if (next === opportunity.status) continue;
      await trx
        .updateTable('opportunities')
        .set({ status: next, status_changed_at: now })
        .where('id', '=', opportunity.id)
        .execute();
      changes.push({ recordType: 'opportunity', id: opportunity.id, from: opportunity.status, to: next });
      entries.push(
        entry(event.by, `Chance ${opportunity.name}`, {
          from: OPPORTUNITY_STATUS_LABELS[opportunity.status].de,
          to: OPPORTUNITY_STATUS_LABELS[next].de,
          systemKey: 'opportunity.status-changed',
          links: links(
            ['opportunity', opportunity.id],
            ['lead', opportunity.leadId],
            ['organization', opportunity.organizationId],
          ),
        }),
      );
    }

    for (const lead of await leadRows(trx, [...leadIds])) {
      const next = leadStatus(lead);
      if (next === lead.status) continue;
      await trx.updateTable('leads').set({ status: next }).where('id', '=', lead.id).execute();
      changes.push({ recordType: 'lead', id: lead.id, from: lead.status, to: next });
      entries.push(
        entry(event.by, `Lead ${lead.name}`, {
          from: LEAD_STATUS_LABELS[lead.status as LeadStatus].de,
          to: LEAD_STATUS_LABELS[next].de,
          systemKey: 'lead.status-changed',
          links: [{ recordType: 'lead', recordId: lead.id }],
        }),
      );
    }
    await this.recorder.recordMany(trx, entries);
    return changes;
  }
}

/** The system entry telling of one status change. */
function entry(
  by: string | null,
  what: string,
  change: { from: string; to: string; systemKey: string; links: RecordKey[] },
): RecordActivityInput {
  return {
    type: 'system',
    subject: `${what}: Status ${change.from} → ${change.to}`,
    systemKey: change.systemKey,
    links: change.links,
    createdBy: by,
  };
}

function unique(ids: readonly string[] | undefined): string[] {
  return [...new Set(ids ?? [])];
}

function links(...keys: [string, string | null][]): RecordKey[] {
  return keys
    .filter((key): key is [string, string] => key[1] !== null)
    .map(([recordType, recordId]) => ({ recordType, recordId }));
}
