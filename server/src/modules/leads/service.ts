import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import {
  type CreateLead,
  LEAD,
  type Lead,
  type LeadDetail,
  type setLeadStatusSchema,
  type UpdateLead,
} from '@kontor/domain/leads';
import { hasPermission } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, LeadsTable } from '../../platform/db/schema.js';
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
import { LEAD_COLUMNS } from './columns.js';
import { derivedColumns } from './derived.js';
import { toLead } from './mapping.js';
import { LeadRepository, type LeadRow } from './repository.js';
import { assertStatusByHand, leadFacts, statusMenu } from './status.js';

type Db = Kysely<Database> | Transaction<Database>;
type SetStatus = z.output<typeof setLeadStatusSchema>;

/** Leads (S1): create, read, change, delete, list with filters, field history, status by hand. */
export class LeadService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly events: EventBus,
  ) {}

  async list(principal: Principal, query: ListQuery, language: Language) {
    const { rows, nextCursor } = await runList<LeadRow>(new LeadRepository(this.db).visible(principal), {
      record: LEAD,
      columns: LEAD_COLUMNS,
      idColumn: 'leads.id',
      query,
      engine: this.engine,
      language,
    });
    return { items: rows.map(toLead), nextCursor };
  }

  /** One lead the principal may see, with its status menu; pass the caller's transaction when inside one. */
  async get(principal: Principal, id: string, db: Db = this.db): Promise<LeadDetail> {
    const lead = await this.find(principal, id, db);
    const facts = await leadFacts(db, [id]);
    return { ...lead, allowedStatuses: statusMenu(facts.get(id)) };
  }

  /** One lead the principal may see, without its status menu. */
  async find(principal: Principal, id: string, db: Db = this.db): Promise<Lead> {
    const row = await new LeadRepository(db).findVisible(principal, id);
    if (!row) throw notFound('lead-not-found');
    return toLead(row);
  }

  async create(principal: Principal, input: CreateLead): Promise<LeadDetail> {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const repository = new LeadRepository(trx);
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      await checkReferences(repository, principal, { ...input, ownerId });
      const now = nowIso();
      const columns = columnsOf(input);
      await repository.insert({
        id,
        ...columns,
        ...derivedColumns({
          first_name: input.firstName,
          last_name: input.lastName,
          company_name: input.companyName,
          email: input.email,
          city: input.city,
        }),
        owner_id: ownerId,
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      });
      await this.events.emit(trx, 'records.created', { recordType: LEAD.type, ids: [id] });
    });
    return this.get(afterWriting(principal), id);
  }

  async update(principal: Principal, id: string, input: UpdateLead): Promise<LeadDetail> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new LeadRepository(trx);
      const current = await repository.findVisible(principal, id);
      if (!current) throw notFound('lead-not-found');
      if (current.version !== input.version) throw staleVersion();
      await checkReferences(repository, principal, input);
      const columns = columnsOf(input);
      const merged = { ...current, ...columns };
      // Both names may not go, also when only one of them is sent.
      if (!merged.company_name && !merged.last_name) throw invalidField('lastName', 'lead-name-required');
      const change: Updateable<LeadsTable> = {
        ...columns,
        ...derivedColumns(merged),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      const after = await repository.findVisible(afterWriting(principal), id);
      await this.events.emit(trx, 'record.saved', { recordType: LEAD.type, id });
      await recordFieldChanges(trx, {
        recordType: LEAD.type,
        recordId: id,
        changedBy: principal.userId,
        before: historyView(toLead(current)),
        after: after ? historyView(toLead(after)) : {},
      });
    });
    return this.get(afterWriting(principal), id);
  }

  /** Sets a by-hand status (S5); the effective one is derived from it and the lead's documents. */
  async setStatus(principal: Principal, id: string, input: SetStatus): Promise<LeadDetail> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new LeadRepository(trx);
      const current = await repository.findVisible(principal, id);
      if (!current) throw notFound('lead-not-found');
      if (current.version !== input.version) throw staleVersion();
      const facts = (await leadFacts(trx, [id])).get(id);
      if (!facts) throw notFound('lead-not-found');
      assertStatusByHand(facts, input.status);
      const change = { manual_status: input.status, updated_at: nowIso() };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      // The sync stores the effective status and writes the timeline's system entry.
      await this.events.emit(trx, 'sales.changed', { leadIds: [id], by: principal.userId });
    });
    return this.get(principal, id);
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.remove(principal, [id], 'lead-not-found');
  }

  /** Deletes many leads at once, all or none; the only bulk action leads have. */
  async bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    if (request.action !== 'delete') throw invalidField('action', 'bulk-action-unsupported');
    if (!hasPermission(principal.permissions, 'leads.delete')) throw forbidden();
    return { affected: await this.remove(principal, [...new Set(request.ids)], 'records-not-found') };
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    await this.find(principal, id);
    return listFieldChanges(this.db, LEAD.type, id);
  }

  /** Deletes visible leads in one transaction; a missing or hidden one, or one in use, refuses all. */
  private remove(
    principal: Principal,
    ids: readonly string[],
    missing: 'lead-not-found' | 'records-not-found',
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new LeadRepository(trx);
      const rows = await repository
        .visible(principal)
        .where('leads.id', 'in', [...ids])
        .execute();
      if (rows.length !== ids.length) throw new AppError(404, missing);
      if ((await repository.inUse(ids)).size > 0) throw conflict('lead-in-use');
      for (const id of ids) await this.events.emit(trx, 'record.deleted', { recordType: LEAD.type, id });
      await repository.delete(ids);
      return rows.length;
    });
  }
}

/** The campaign must exist (campaigns are company-wide) and another owner must be an active user. */
async function checkReferences(
  repository: LeadRepository,
  principal: Principal,
  input: { campaignId?: string | null; ownerId?: string | null },
): Promise<void> {
  if (input.campaignId && !(await repository.campaignExists(input.campaignId)))
    throw invalidField('campaignId', 'lead-unknown-campaign');
  if (
    input.ownerId &&
    input.ownerId !== principal.userId &&
    !(await repository.activeUserExists(input.ownerId))
  )
    throw invalidField('ownerId', 'inactive-user');
}

/** The sent fields as columns; absent ones stay out, so an update leaves them alone. */
function columnsOf(input: Partial<CreateLead>) {
  const columns = {
    company_name: input.companyName,
    salutation: input.salutation,
    title: input.title,
    first_name: input.firstName,
    last_name: input.lastName,
    position: input.position,
    email: input.email,
    phone: input.phone,
    city: input.city,
    source: input.source,
    campaign_id: input.campaignId,
    abc_class: input.abcClass,
    next_follow_up_on: input.nextFollowUpOn,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as {
    [K in keyof typeof columns]?: Exclude<(typeof columns)[K], undefined>;
  };
}

/** The fields a person changes; names, status (its changes are timeline entries) and bookkeeping aside. */
function historyView(lead: Lead): object {
  const {
    id,
    name,
    status,
    manualStatus,
    campaignName,
    ownerName,
    convertedOrganizationId,
    convertedContactId,
    convertedAt,
    createdAt,
    updatedAt,
    createdBy,
    version,
    ...fields
  } = lead;
  return fields;
}
