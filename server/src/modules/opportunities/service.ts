import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { foldGerman } from '@kontor/domain/normalize';
import { type CreateOpportunity, OPPORTUNITY, type UpdateOpportunity } from '@kontor/domain/opportunities';
import { hasPermission } from '@kontor/domain/permissions';
import type { QuotationStatus } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting, visibleTo } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, OpportunitiesTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';
import type { EventBus } from '../../platform/events/bus.js';
import { listFieldChanges, recordFieldChanges } from '../../platform/history/field-history.js';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
  staleVersion,
} from '../../platform/http/problem.js';
import { runList } from '../../platform/lists/run-list.js';
import { OPPORTUNITY_COLUMNS } from './columns.js';
import { toOpportunity } from './mapping.js';
import { OpportunityRepository, type OpportunityRow } from './repository.js';
import type { OpportunityView } from './schemas.js';
import type { StageTimeline } from './stage-timeline.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Opportunities (S2): create, read, change, delete, list with filters, field history. */
export class OpportunityService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly events: EventBus,
    private readonly stages: StageTimeline,
  ) {}

  async list(principal: Principal, query: ListQuery, language: Language) {
    const { rows, nextCursor } = await runList<OpportunityRow>(
      new OpportunityRepository(this.db).whole(principal),
      {
        record: OPPORTUNITY,
        columns: OPPORTUNITY_COLUMNS,
        idColumn: 'opportunities.id',
        query,
        engine: this.engine,
        language,
      },
    );
    return { items: await this.complete(this.db, rows), nextCursor };
  }

  /** One opportunity the principal may see; pass the caller's transaction when inside one. */
  async get(principal: Principal, id: string, db: Db = this.db): Promise<OpportunityView> {
    const row = await new OpportunityRepository(db).findVisible(principal, id);
    if (!row) throw notFound('opportunity-not-found');
    const [opportunity] = await this.complete(db, [row]);
    return opportunity as OpportunityView;
  }

  async create(principal: Principal, input: CreateOpportunity): Promise<OpportunityView> {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      await this.checkReferences(trx, principal, {
        ...input,
        ownerId: ownerId === principal.userId ? undefined : ownerId,
      });
      const now = nowIso();
      await trx
        .insertInto('opportunities')
        .values({
          id,
          ...columnsOf(input),
          name: input.name,
          name_key: foldGerman(input.name),
          stage_id: input.stageId,
          expected_revenue_cents: input.expectedRevenueCents,
          owner_id: ownerId,
          currency: 'EUR',
          status_changed_at: now,
          created_at: now,
          updated_at: now,
          created_by: principal.userId,
        })
        .execute();
      await new OpportunityRepository(trx).replaceCompetitors(id, input.competitorIds);
      await this.events.emit(trx, 'records.created', { recordType: OPPORTUNITY.type, ids: [id] });
      // The lead now has an opportunity (S5: its status becomes Opportunity).
      if (input.leadId)
        await this.events.emit(trx, 'sales.changed', {
          opportunityIds: [id],
          leadIds: [input.leadId],
          by: principal.userId,
        });
    });
    return this.get(afterWriting(principal), id);
  }

  async update(principal: Principal, id: string, input: UpdateOpportunity): Promise<OpportunityView> {
    await this.db.transaction().execute(async (trx) => {
      const before = await this.get(principal, id, trx);
      if (before.version !== input.version) throw staleVersion();
      const organizationId =
        input.organizationId === undefined ? before.organizationId : input.organizationId;
      const leadId = input.leadId === undefined ? before.leadId : input.leadId;
      if (organizationId === null && leadId === null)
        throw invalidField('organizationId', 'opportunity-needs-customer');
      await this.checkReferences(trx, principal, input);
      const change: Updateable<OpportunitiesTable> = {
        ...columnsOf(input),
        ...(input.stageId !== undefined ? { stage_id: input.stageId } : {}),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        updated_at: nowIso(),
      };
      if (!(await updateIfVersion(trx, 'opportunities', id, input.version, change))) throw staleVersion();
      if (input.competitorIds)
        await new OpportunityRepository(trx).replaceCompetitors(id, input.competitorIds);
      const after = await this.get(afterWriting(principal), id, trx);
      if (after.stageId !== before.stageId) await this.stages.record(trx, principal, after, before.stageName);
      await this.events.emit(trx, 'record.saved', { recordType: OPPORTUNITY.type, id });
      if (after.leadId !== before.leadId) {
        const leadIds = [before.leadId, after.leadId].filter((lead): lead is string => lead !== null);
        await this.events.emit(trx, 'sales.changed', { opportunityIds: [id], leadIds, by: principal.userId });
      }
      await recordFieldChanges(trx, {
        recordType: OPPORTUNITY.type,
        recordId: id,
        changedBy: principal.userId,
        before: historyView(before),
        after: historyView(after),
      });
    });
    return this.get(afterWriting(principal), id);
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.remove(principal, [id], () => notFound('opportunity-not-found'));
  }

  /** Deletes many opportunities at once, all or none; the only bulk action opportunities have. */
  async bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    if (request.action !== 'delete') throw invalidField('action', 'bulk-action-unsupported');
    if (!hasPermission(principal.permissions, 'opportunities.delete')) throw forbidden();
    const ids = [...new Set(request.ids)];
    await this.remove(principal, ids, () => new AppError(404, 'records-not-found'));
    return { affected: ids.length };
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    await this.get(principal, id);
    return listFieldChanges(this.db, OPPORTUNITY.type, id);
  }

  /** Removes visible opportunities without quotations or orders, and lets their leads' statuses follow. */
  private async remove(principal: Principal, ids: string[], missing: () => AppError): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('opportunities')
        .select(['id', 'lead_id'])
        .where('id', 'in', ids)
        .where(visibleTo(principal, 'opportunities.owner_id'))
        .execute();
      if (rows.length !== ids.length) throw missing();
      const repository = new OpportunityRepository(trx);
      if ((await repository.withDocuments(ids)).size > 0) throw conflict('opportunity-has-quotations');
      for (const { id } of rows)
        await this.events.emit(trx, 'record.deleted', { recordType: OPPORTUNITY.type, id });
      await repository.delete(ids);
      const leadIds = [...new Set(rows.flatMap((row) => (row.lead_id ? [row.lead_id] : [])))];
      if (leadIds.length > 0) await this.events.emit(trx, 'sales.changed', { leadIds, by: principal.userId });
    });
  }

  /** Adds competitors, lost reasons and the status verdicts to rows, with three queries for all of them. */
  private async complete(db: Db, rows: OpportunityRow[]): Promise<OpportunityView[]> {
    const ids = rows.map((row) => row.id);
    const repository = new OpportunityRepository(db);
    const [competitors, lostReasons, quotations] = await Promise.all([
      repository.competitorsOf(ids),
      repository.lostReasonsOf(ids),
      ids.length === 0
        ? []
        : db
            .selectFrom('quotations')
            .select(['opportunity_id', 'status'])
            .where('opportunity_id', 'in', ids)
            .execute(),
    ]);
    const statuses = new Map<string, QuotationStatus[]>();
    for (const q of quotations) {
      if (!q.opportunity_id) continue;
      statuses.set(q.opportunity_id, [
        ...(statuses.get(q.opportunity_id) ?? []),
        q.status as QuotationStatus,
      ]);
    }
    return rows.map((row) =>
      toOpportunity(row, {
        competitors: competitors.get(row.id) ?? [],
        lostReasons: lostReasons.get(row.id) ?? [],
        quotations: statuses.get(row.id) ?? [],
      }),
    );
  }

  /** Every record named must exist, and organisations, leads and contacts must be visible to the writer. */
  private async checkReferences(
    trx: Transaction<Database>,
    principal: Principal,
    input: Partial<CreateOpportunity>,
  ) {
    const checks: [boolean, string, Parameters<typeof invalidField>[1]][] = [];
    // Each single reference: its table, whether the writer must see it (owned records), and the error.
    const references: [
      string | null | undefined,
      'pipeline_stages' | 'organizations' | 'leads' | 'contacts' | 'campaigns' | 'teams' | 'users',
      boolean,
      string,
      Parameters<typeof invalidField>[1],
    ][] = [
      [input.stageId, 'pipeline_stages', false, 'stageId', 'unknown-pipeline-stage'],
      [input.organizationId, 'organizations', true, 'organizationId', 'unknown-organization'],
      [input.leadId, 'leads', true, 'leadId', 'opportunity-unknown-lead'],
      [input.contactId, 'contacts', true, 'contactId', 'opportunity-unknown-contact'],
      [input.campaignId, 'campaigns', false, 'campaignId', 'opportunity-unknown-campaign'],
      [input.teamId, 'teams', false, 'teamId', 'unknown-team'],
      [input.ownerId, 'users', false, 'ownerId', 'unknown-user'],
    ];
    for (const [id, table, owned, field, code] of references) {
      if (!id) continue;
      const found = await trx
        .selectFrom(table as 'teams')
        .select('id')
        .where('id', '=', id)
        .$if(owned, (query) => query.where(visibleTo(principal, `${table}.owner_id`)))
        .executeTakeFirst();
      checks.push([found !== undefined, field, code]);
    }
    if (input.competitorIds && input.competitorIds.length > 0) {
      const ids = [...new Set(input.competitorIds)];
      const found = await trx
        .selectFrom('organizations')
        .select('id')
        .where('id', 'in', ids)
        .where(visibleTo(principal, 'organizations.owner_id'))
        .execute();
      checks.push([found.length === ids.length, 'competitorIds', 'opportunity-unknown-competitor']);
    }
    const failures = checks.filter(([ok]) => !ok).map(([, path, code]) => ({ path, code }));
    if (failures.length > 0)
      throw new AppError(400, failures[0]?.code ?? 'validation-error', { fields: failures });
  }
}

/** The plain columns of a create or (partial) update input. */
function columnsOf(input: Partial<CreateOpportunity>): Updateable<OpportunitiesTable> {
  const columns: Record<string, unknown> = {
    name: input.name,
    name_key: input.name === undefined ? undefined : foldGerman(input.name),
    organization_id: input.organizationId,
    lead_id: input.leadId,
    contact_id: input.contactId,
    expected_revenue_cents: input.expectedRevenueCents,
    planned_cost_cents: input.plannedCostCents,
    probability: input.probability,
    expected_close_date: input.expectedCloseDate,
    team_id: input.teamId,
    source: input.source,
    campaign_id: input.campaignId,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** The fields whose changes the history records, by the record type's field keys (money in cents). */
function historyView(opportunity: OpportunityView): object {
  return {
    name: opportunity.name,
    organizationName: opportunity.organizationName,
    contactName: opportunity.contactName,
    leadName: opportunity.leadName,
    stageName: opportunity.stageName,
    expectedRevenue: opportunity.expectedRevenueCents,
    plannedCost: opportunity.plannedCostCents,
    // Only an own probability is a user's entry; the stage's default changes with the stage.
    probability: opportunity.probabilityOverridden ? opportunity.probability : null,
    expectedCloseDate: opportunity.expectedCloseDate,
    ownerName: opportunity.ownerName,
    teamName: opportunity.teamName,
    source: opportunity.source,
    campaignName: opportunity.campaignName,
    competitors: opportunity.competitors.map((c) => c.name).join(', '),
  };
}
