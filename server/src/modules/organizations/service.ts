import type { mergeRequestSchema } from '@kontor/domain/duplicates';
import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { foldGerman } from '@kontor/domain/normalize';
import {
  type createOrganizationSchema,
  ORGANIZATION,
  type Organization,
  type updateOrganizationSchema,
} from '@kontor/domain/organizations';
import type { Language } from '@kontor/domain/users';
import { checkVatId } from '@kontor/domain/vat-id';
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { Database, OrganizationsTable } from '../../platform/db/schema.js';
import { nextSequenceValue } from '../../platform/db/sequences.js';
import { encodeSet } from '../../platform/db/sets.js';
import type { EventBus } from '../../platform/events/bus.js';
import { listFieldChanges, recordFieldChanges } from '../../platform/history/field-history.js';
import { AppError, invalidField, notFound, staleVersion } from '../../platform/http/problem.js';
import { runBulkAction } from '../../platform/lists/bulk.js';
import { runList } from '../../platform/lists/run-list.js';
import { addressService } from '../addresses/service.js';
import { ORGANIZATION_COLUMNS } from './columns.js';
import { type DuplicateQuery, findOrganizationDuplicates } from './duplicates.js';
import { toOrganization } from './mapping.js';
import { mergeOrganizations } from './merge.js';
import { OrganizationRepository, type WholeOrganizationRow } from './repository.js';

type CreateInput = z.output<typeof createOrganizationSchema>;
type UpdateInput = z.output<typeof updateOrganizationSchema>;

/** Organisations (M1): create, read, change, delete, list with filters, field history. */
export class OrganizationService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly events: EventBus,
  ) {}

  async list(principal: Principal, query: ListQuery, language: Language) {
    const repository = new OrganizationRepository(this.db);
    const { rows, nextCursor } = await runList<WholeOrganizationRow>(repository.visible(principal), {
      record: ORGANIZATION,
      columns: ORGANIZATION_COLUMNS,
      idColumn: 'organizations.id',
      query,
      engine: this.engine,
      language,
      pageColumns: { db: this.db, select: (page) => [repository.addressColumn(this.engine, page)] },
    });
    return { items: rows.map(toOrganization), nextCursor };
  }

  /** One organisation the principal may see; pass the caller's transaction when inside one. */
  async get(
    principal: Principal,
    id: string,
    db: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<Organization> {
    const row = await this.findWhole(db, principal, id);
    if (!row) throw notFound('organization-not-found');
    return toOrganization(row);
  }

  /** Of the given organisations, those the principal may see, with the city each shows; one query. */
  async visibleCities(
    principal: Principal,
    ids: readonly string[],
    db: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const rows = await new OrganizationRepository(db)
      .visible(principal)
      .where('organizations.id', 'in', [...ids])
      .execute();
    return new Map(rows.map((row) => [row.id, row.city]));
  }

  /** The direct child organisations (subsidiaries, departments) the principal may see. */
  async children(principal: Principal, id: string): Promise<Organization[]> {
    await this.get(principal, id);
    const rows = await new OrganizationRepository(this.db)
      .visibleWithAddresses(principal, this.engine)
      .where('organizations.parent_id', '=', id)
      .orderBy('organizations.name_key')
      .limit(500)
      .execute();
    return rows.map(toOrganization);
  }

  /** Pass `within` to make the create part of the caller's transaction. */
  async create(
    principal: Principal,
    input: CreateInput,
    within?: Transaction<Database>,
  ): Promise<Organization> {
    let ids: string[] = [];
    await this.inTransaction(within, async (trx) => {
      ids = await this.createMany(principal, [input], trx);
    });
    return this.get(afterWriting(principal), ids[0] ?? '', within);
  }

  /**
   * Creates many organisations in the caller's transaction with a few statements for all
   * (imports); returns their ids in input order. Any refused input refuses all of them.
   */
  async createMany(
    principal: Principal,
    inputs: readonly CreateInput[],
    trx: Transaction<Database>,
  ): Promise<string[]> {
    const repository = new OrganizationRepository(trx);
    const now = nowIso();
    const rows: Insertable<OrganizationsTable>[] = [];
    for (const input of inputs) {
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      // The caller exists: only someone else as owner needs looking up.
      const otherOwner = ownerId === principal.userId ? undefined : ownerId;
      await this.checkReferences(repository, principal, { ownerId: otherOwner, parentId: input.parentId });
      rows.push({
        id: newId(),
        ...this.columnsOf(input),
        name: input.name,
        name_key: foldGerman(input.name),
        kind: input.kind,
        relationships: encodeSet(input.relationships),
        tags: encodeSet(input.tags),
        currency: 'EUR',
        owner_id: ownerId,
        ...(await this.numbersFor(trx, input.relationships, null)),
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
        ...cityColumns(addressService.cityOf(input.addresses)),
      });
    }
    await insertInChunks(trx, 'organizations', rows);
    const ids = rows.map((row) => row.id);
    await addressService.addMany(
      trx,
      'organization',
      inputs.map((input, index) => ({ ownerId: ids[index] as string, addresses: input.addresses })),
    );
    await this.events.emit(trx, 'records.created', { recordType: ORGANIZATION.type, ids });
    return ids;
  }

  async update(
    principal: Principal,
    id: string,
    input: UpdateInput,
    within?: Transaction<Database>,
  ): Promise<Organization> {
    await this.inTransaction(within, async (trx) => {
      const repository = new OrganizationRepository(trx);
      const current = await this.findWhole(trx, principal, id);
      if (!current) throw notFound('organization-not-found');
      if (current.version !== input.version) throw staleVersion();
      const before = toOrganization(current);
      await this.checkReferences(repository, principal, {
        ownerId: input.ownerId,
        parentId: input.parentId,
        self: id,
      });
      const change: Updateable<OrganizationsTable> = {
        ...this.columnsOf(input),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        ...(input.relationships ? await this.numbersFor(trx, input.relationships, current) : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      if (input.addresses) {
        const city = await addressService.replace(trx, 'organization', id, input.addresses);
        await trx.updateTable('organizations').set(cityColumns(city)).where('id', '=', id).execute();
      }
      const updated = await this.findWhole(trx, { ...principal, visibility: 'all' }, id);
      const after = updated && toOrganization(updated);
      await this.events.emit(trx, 'record.saved', { recordType: ORGANIZATION.type, id });
      await recordFieldChanges(trx, {
        recordType: ORGANIZATION.type,
        recordId: id,
        changedBy: principal.userId,
        before: historyView(before),
        after: historyView(after),
      });
    });
    return this.get(afterWriting(principal), id, within);
  }

  private inTransaction(
    within: Transaction<Database> | undefined,
    work: (trx: Transaction<Database>) => Promise<void>,
  ): Promise<void> {
    return within ? work(within) : this.db.transaction().execute(work);
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new OrganizationRepository(trx);
      if (!(await repository.findVisible(principal, id))) throw notFound('organization-not-found');
      await addressService.removeAll(trx, 'organization', id);
      await this.events.emit(trx, 'record.deleted', { recordType: ORGANIZATION.type, id });
      await repository.delete(id);
    });
  }

  /** Merges two organisations into one, all in one transaction (M4); returns the kept one. */
  async merge(principal: Principal, request: z.output<typeof mergeRequestSchema>) {
    await this.db.transaction().execute((trx) => mergeOrganizations(trx, principal, request, this.events));
    return this.get(principal, request.keepId);
  }

  /** Likely duplicates of an organisation being entered, with why each was found (M4). */
  async duplicates(principal: Principal, query: DuplicateQuery) {
    const repository = new OrganizationRepository(this.db);
    const reasons = await findOrganizationDuplicates(repository, principal, query);
    if (reasons.size === 0) return [];
    const rows = await repository
      .visibleWithAddresses(principal, this.engine)
      .where('organizations.id', 'in', [...reasons.keys()])
      .execute();
    return rows.map(toOrganization).map((organization) => ({
      organization,
      reasons: reasons.get(organization.id) ?? [],
    }));
  }

  /** Assign owner, add or remove a tag, or delete, for many organisations at once. */
  bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    return runBulkAction(
      this.db,
      this.events,
      {
        table: 'organizations',
        recordType: ORGANIZATION.type,
        deletePermission: 'organizations.delete',
        remove: async (trx, id) => {
          await addressService.removeAll(trx, 'organization', id);
          await new OrganizationRepository(trx).delete(id);
        },
      },
      principal,
      request,
    );
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    await this.get(principal, id);
    return listFieldChanges(this.db, ORGANIZATION.type, id);
  }

  /** The plain columns of a create or (partial) update input. */
  private columnsOf(input: Partial<CreateInput>): Updateable<OrganizationsTable> {
    const vatId = input.vatId ? checkedVatId(input.vatId) : input.vatId;
    const columns: Record<string, unknown> = {
      name: input.name,
      name_key: input.name === undefined ? undefined : foldGerman(input.name),
      kind: input.kind,
      relationships: input.relationships && encodeSet(input.relationships),
      parent_id: input.parentId,
      industry: emptyToNull(input.industry),
      abc_class: input.abcClass,
      size: input.size,
      website: emptyToNull(input.website),
      vat_id: emptyToNull(vatId),
      payment_terms_days: input.paymentTermsDays,
      credit_limit_cents: input.creditLimitCents,
      tags: input.tags && encodeSet(input.tags),
    };
    return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
  }

  /** Customer and supplier numbers are drawn once, when the relationship first appears, and kept. */
  private async numbersFor(
    trx: Transaction<Database>,
    relationships: readonly string[],
    current: Pick<OrganizationsTable, 'customer_number' | 'supplier_number'> | null,
  ) {
    const numbers: { customer_number?: string; supplier_number?: string } = {};
    if (relationships.includes('customer') && !current?.customer_number) {
      numbers.customer_number = `K${10000 + (await nextSequenceValue(trx, 'customer-number'))}`;
    }
    if (relationships.includes('supplier') && !current?.supplier_number) {
      numbers.supplier_number = `L${10000 + (await nextSequenceValue(trx, 'supplier-number'))}`;
    }
    return numbers;
  }

  private async checkReferences(
    repository: OrganizationRepository,
    principal: Principal,
    refs: { ownerId?: string | null; parentId?: string | null; self?: string },
  ): Promise<void> {
    if (refs.ownerId && !(await repository.existsUser(refs.ownerId)))
      throw invalidField('ownerId', 'unknown-user');
    if (!refs.parentId) return;
    if (!(await repository.findVisible(principal, refs.parentId)))
      throw invalidField('parentId', 'unknown-organization');
    if (refs.self && (await repository.ancestorsOf(refs.parentId)).includes(refs.self)) {
      throw new AppError(409, 'organization-cycle', {
        fields: [{ path: 'parentId', code: 'organization-cycle' }],
      });
    }
  }

  private findWhole(
    db: Kysely<Database> | Transaction<Database>,
    principal: Principal,
    id: string,
  ): Promise<WholeOrganizationRow | undefined> {
    return new OrganizationRepository(db)
      .visibleWithAddresses(principal, this.engine)
      .where('organizations.id', '=', id)
      .executeTakeFirst();
  }
}

/** The fields whose changes the history records (everything a user edits; not bookkeeping). */
function historyView(organization: Organization | undefined): object {
  if (!organization) return {};
  const { id, createdAt, updatedAt, createdBy, version, ownerName, parentName, city, currency, ...fields } =
    organization;
  return { ...fields, addresses: fields.addresses.map(({ id: _id, ...address }) => address) };
}

function emptyToNull(value: string | null | undefined): string | null | undefined {
  return value === '' ? null : value;
}

function checkedVatId(value: string): string {
  const check = checkVatId(value);
  if (!check.ok) throw invalidField('vatId', 'invalid-vat-id');
  return check.normalized;
}

/** The city as shown and its folded key for list filters and sort. */
function cityColumns(city: string | null) {
  return { city, city_key: city === null ? '' : foldGerman(city) };
}
