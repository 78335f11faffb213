import {
  CAMPAIGN,
  type Campaign,
  campaignPeriodValid,
  type createCampaignSchema,
  type updateCampaignSchema,
} from '@kontor/domain/campaigns';
import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { foldGerman } from '@kontor/domain/normalize';
import { hasPermission } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';
import type { Kysely, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { CampaignsTable, Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { listFieldChanges, recordFieldChanges } from '../../platform/history/field-history.js';
import { AppError, forbidden, invalidField, notFound, staleVersion } from '../../platform/http/problem.js';
import { runList } from '../../platform/lists/run-list.js';
import { CAMPAIGN_COLUMNS } from './columns.js';
import { toCampaign } from './mapping.js';
import { CampaignRepository, type CampaignRow } from './repository.js';

type CreateInput = z.output<typeof createCampaignSchema>;
type UpdateInput = z.output<typeof updateCampaignSchema>;

/** Campaigns (M8): create, read, change, delete, list with filters, field history. */
export class CampaignService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly events: EventBus,
  ) {}

  async list(_principal: Principal, query: ListQuery, language: Language) {
    const { rows, nextCursor } = await runList<CampaignRow>(new CampaignRepository(this.db).all(), {
      record: CAMPAIGN,
      columns: CAMPAIGN_COLUMNS,
      idColumn: 'campaigns.id',
      query,
      engine: this.engine,
      language,
    });
    return { items: rows.map(toCampaign), nextCursor };
  }

  async get(_principal: Principal, id: string): Promise<Campaign> {
    const row = await new CampaignRepository(this.db).find(id);
    if (!row) throw notFound('campaign-not-found');
    return toCampaign(row);
  }

  async create(principal: Principal, input: CreateInput): Promise<Campaign> {
    if (!campaignPeriodValid(input.startsOn, input.endsOn))
      throw invalidField('endsOn', 'campaign-ends-before-start');
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const repository = new CampaignRepository(trx);
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      if (ownerId && ownerId !== principal.userId) await checkOwner(repository, ownerId);
      const now = nowIso();
      await repository.insert({
        id,
        ...columnsOf(input),
        name: input.name,
        name_key: foldGerman(input.name),
        channel: input.channel,
        owner_id: ownerId,
        active: input.active ? 1 : 0,
        currency: 'EUR',
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      });
      await this.events.emit(trx, 'records.created', { recordType: CAMPAIGN.type, ids: [id] });
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, input: UpdateInput): Promise<Campaign> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new CampaignRepository(trx);
      const current = await repository.find(id);
      if (!current) throw notFound('campaign-not-found');
      if (current.version !== input.version) throw staleVersion();
      const startsOn = input.startsOn === undefined ? current.starts_on : input.startsOn;
      const endsOn = input.endsOn === undefined ? current.ends_on : input.endsOn;
      if (!campaignPeriodValid(startsOn, endsOn))
        throw invalidField(input.endsOn === undefined ? 'startsOn' : 'endsOn', 'campaign-ends-before-start');
      if (input.ownerId) await checkOwner(repository, input.ownerId);
      const change: Updateable<CampaignsTable> = {
        ...columnsOf(input),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      const updated = await repository.find(id);
      await this.events.emit(trx, 'record.saved', { recordType: CAMPAIGN.type, id });
      await recordFieldChanges(trx, {
        recordType: CAMPAIGN.type,
        recordId: id,
        changedBy: principal.userId,
        before: historyView(toCampaign(current)),
        after: updated ? historyView(toCampaign(updated)) : {},
      });
    });
    return this.get(principal, id);
  }

  async delete(_principal: Principal, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new CampaignRepository(trx);
      if (!(await repository.find(id))) throw notFound('campaign-not-found');
      await this.events.emit(trx, 'record.deleted', { recordType: CAMPAIGN.type, id });
      await repository.delete(id);
    });
  }

  /** Deletes many campaigns at once, all or none; the only bulk action campaigns have. */
  async bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    if (request.action !== 'delete') throw invalidField('action', 'bulk-action-unsupported');
    if (!hasPermission(principal.permissions, 'campaigns.delete')) throw forbidden();
    const ids = [...new Set(request.ids)];
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx.selectFrom('campaigns').select('id').where('id', 'in', ids).execute();
      if (rows.length !== ids.length) throw new AppError(404, 'records-not-found');
      const repository = new CampaignRepository(trx);
      for (const { id } of rows) {
        await this.events.emit(trx, 'record.deleted', { recordType: CAMPAIGN.type, id });
        await repository.delete(id);
      }
      return { affected: rows.length };
    });
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    await this.get(principal, id);
    return listFieldChanges(this.db, CAMPAIGN.type, id);
  }
}

async function checkOwner(repository: CampaignRepository, ownerId: string): Promise<void> {
  if (!(await repository.existsUser(ownerId))) throw invalidField('ownerId', 'unknown-user');
}

/** The plain columns of a create or (partial) update input. */
function columnsOf(input: Partial<CreateInput>): Updateable<CampaignsTable> {
  const columns: Record<string, unknown> = {
    name: input.name,
    name_key: input.name === undefined ? undefined : foldGerman(input.name),
    channel: input.channel,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    budget_cents: input.budgetCents,
    actual_cost_cents: input.actualCostCents,
    active: input.active === undefined ? undefined : input.active ? 1 : 0,
    description: input.description === '' ? null : input.description,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** The fields whose changes the history records (everything a user edits; not bookkeeping). */
function historyView(campaign: Campaign): object {
  const { id, createdAt, updatedAt, createdBy, version, ownerName, currency, ...fields } = campaign;
  return fields;
}
