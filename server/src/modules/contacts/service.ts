import {
  CONTACT,
  type Contact,
  type createContactSchema,
  type updateContactSchema,
} from '@kontor/domain/contacts';
import type { mergeRequestSchema } from '@kontor/domain/duplicates';
import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { foldGerman } from '@kontor/domain/normalize';
import type { Language } from '@kontor/domain/users';
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { ContactsTable, Database } from '../../platform/db/schema.js';
import { encodeSet } from '../../platform/db/sets.js';
import type { EventBus } from '../../platform/events/bus.js';
import { listFieldChanges, recordFieldChanges } from '../../platform/history/field-history.js';
import { invalidField, notFound, staleVersion } from '../../platform/http/problem.js';
import { runBulkAction } from '../../platform/lists/bulk.js';
import { runList } from '../../platform/lists/run-list.js';
import { addressService } from '../addresses/service.js';
import type { OrganizationService } from '../organizations/service.js';
import { contactCityKeys } from './city-keys.js';
import { CONTACT_COLUMNS } from './columns.js';
import { type DuplicateQuery, findContactDuplicates } from './duplicates.js';
import { toContact } from './mapping.js';
import { mergeContacts } from './merge.js';
import { contactParts, insertContactParts, replaceContactParts } from './parts.js';
import { ContactRepository, type WholeContactRow } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;
type CreateInput = z.output<typeof createContactSchema>;
type UpdateInput = z.output<typeof updateContactSchema>;

/** Contacts (M2) with their e-mails, phones, employment history and addresses (M3). */
export class ContactService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly organizations: OrganizationService,
    private readonly events: EventBus,
  ) {}

  async list(principal: Principal, query: ListQuery, language: Language) {
    const repository = new ContactRepository(this.db);
    const { rows, nextCursor } = await runList<WholeContactRow>(repository.visible(principal), {
      record: CONTACT,
      columns: CONTACT_COLUMNS,
      idColumn: 'contacts.id',
      query,
      engine: this.engine,
      language,
      pageColumns: this.pageParts(repository),
    });
    return { items: rows.map(toContact), nextCursor };
  }

  /** One contact the principal may see; pass the caller's transaction when inside one. */
  async get(principal: Principal, id: string, db: Db = this.db): Promise<Contact> {
    const row = await this.findWhole(db, principal, id);
    if (!row) throw notFound('contact-not-found');
    return toContact(row);
  }

  /** The contacts currently working for an organisation the caller may see. */
  async ofOrganization(principal: Principal, organizationId: string, language: Language) {
    await this.organizations.get(principal, organizationId);
    const repository = new ContactRepository(this.db);
    const base = repository.visible(principal).where('current.organization_id', '=', organizationId);
    const { rows } = await runList<WholeContactRow>(base, {
      record: CONTACT,
      columns: CONTACT_COLUMNS,
      idColumn: 'contacts.id',
      query: { filter: {}, limit: 200 },
      engine: this.engine,
      language,
      pageColumns: this.pageParts(repository),
    });
    return rows.map(toContact);
  }

  /** Pass `within` to make the create part of the caller's transaction. */
  async create(principal: Principal, input: CreateInput, within?: Transaction<Database>): Promise<Contact> {
    let ids: string[] = [];
    await this.inTransaction(within, async (trx) => {
      ids = await this.createMany(principal, [input], trx);
    });
    return this.get(afterWriting(principal), ids[0] ?? '', within);
  }

  /**
   * Creates many contacts in the caller's transaction with a few statements for all (imports);
   * returns their ids in input order. Any refused input refuses all of them.
   */
  async createMany(principal: Principal, inputs: readonly CreateInput[], trx: Transaction<Database>) {
    const employerCities = await this.checkReferences(trx, principal, inputs);
    const now = nowIso();
    const created = inputs.map((input) => {
      const id = newId();
      const parts = contactParts(id, input);
      const current = parts.employments?.find((e) => e.id === parts.derived.current_employment_id);
      const row: Insertable<ContactsTable> = {
        id,
        // Everything derived goes into the insert: a new contact has no parts to clear first.
        ...parts.derived,
        city_key: contactCityKeys.keyOf(
          parts.derived.city ?? null,
          employerCities.get(current?.organization_id ?? '') ?? null,
        ),
        ...columnsOf(input),
        language: input.language,
        do_not_contact: Number(input.doNotContact),
        marketing_consent: Number(input.marketingConsent),
        last_name: input.lastName,
        name: displayName(input.firstName, input.lastName),
        name_key: nameKey(input.firstName, input.lastName),
        tags: encodeSet(input.tags),
        owner_id: input.ownerId === undefined ? principal.userId : input.ownerId,
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      };
      return { contactId: id, parts, row };
    });
    await insertInChunks(
      trx,
      'contacts',
      created.map((c) => c.row),
    );
    await insertContactParts(trx, created);
    const ids = created.map((c) => c.contactId);
    await this.events.emit(trx, 'records.created', { recordType: CONTACT.type, ids });
    return ids;
  }

  async update(
    principal: Principal,
    id: string,
    input: UpdateInput,
    within?: Transaction<Database>,
  ): Promise<Contact> {
    await this.inTransaction(within, async (trx) => {
      const repository = new ContactRepository(trx);
      const current = await this.findWhole(trx, principal, id);
      if (!current) throw notFound('contact-not-found');
      if (current.version !== input.version) throw staleVersion();
      const before = toContact(current);
      await this.checkReferences(trx, principal, [input]);
      const firstName = input.firstName === undefined ? current.first_name : input.firstName;
      const lastName = input.lastName ?? current.last_name;
      const change: Updateable<ContactsTable> = {
        ...columnsOf(input),
        ...(input.lastName !== undefined ? { last_name: input.lastName } : {}),
        name: displayName(firstName, lastName),
        name_key: nameKey(firstName, lastName),
        ...(input.tags ? { tags: encodeSet(input.tags) } : {}),
        ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      const parts = contactParts(id, input);
      await replaceContactParts(trx, id, parts);
      if (Object.keys(parts.derived).length > 0) await repository.setDenormalised(id, parts.derived);
      if (input.addresses || input.employments) await contactCityKeys.refresh(trx, id);
      const updated = await this.findWhole(trx, { ...principal, visibility: 'all' }, id);
      const after = updated && toContact(updated);
      await this.events.emit(trx, 'record.saved', { recordType: CONTACT.type, id });
      await recordFieldChanges(trx, {
        recordType: CONTACT.type,
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
      const repository = new ContactRepository(trx);
      if (!(await repository.findVisible(principal, id))) throw notFound('contact-not-found');
      await addressService.removeAll(trx, 'contact', id);
      await this.events.emit(trx, 'record.deleted', { recordType: CONTACT.type, id });
      await repository.delete(id);
    });
  }

  /** Merges two contacts into one, all in one transaction (M4); returns the kept one. */
  async merge(principal: Principal, request: z.output<typeof mergeRequestSchema>) {
    await this.db.transaction().execute((trx) => mergeContacts(trx, principal, request, this.events));
    return this.get(principal, request.keepId);
  }

  /** Likely duplicates of a contact being entered, with why each was found (M4). */
  async duplicates(principal: Principal, query: DuplicateQuery) {
    const repository = new ContactRepository(this.db);
    const reasons = await findContactDuplicates(repository, principal, query);
    if (reasons.size === 0) return [];
    const rows = await repository
      .visibleWithParts(principal, this.engine)
      .where('contacts.id', 'in', [...reasons.keys()])
      .execute();
    return rows.map(toContact).map((contact) => ({ contact, reasons: reasons.get(contact.id) ?? [] }));
  }

  /** Assign owner, add or remove a tag, or delete, for many contacts at once. */
  bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    return runBulkAction(
      this.db,
      this.events,
      {
        table: 'contacts',
        recordType: CONTACT.type,
        deletePermission: 'contacts.delete',
        remove: async (trx, id) => {
          await addressService.removeAll(trx, 'contact', id);
          await new ContactRepository(trx).delete(id);
        },
      },
      principal,
      request,
    );
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    await this.get(principal, id);
    return listFieldChanges(this.db, CONTACT.type, id);
  }

  /** Checks owners and employers; returns the city of each employer (all visible to the principal). */
  private async checkReferences(
    db: Db,
    principal: Principal,
    inputs: readonly { ownerId?: string | null; employments?: CreateInput['employments'] }[],
  ): Promise<Map<string, string | null>> {
    // The caller exists: only others as owners need looking up.
    const owners = [
      ...new Set(inputs.flatMap((i) => (i.ownerId && i.ownerId !== principal.userId ? [i.ownerId] : []))),
    ];
    if (owners.length > 0) {
      const known = await db.selectFrom('users').select('id').where('id', 'in', owners).execute();
      if (known.length < owners.length) throw invalidField('ownerId', 'unknown-user');
    }
    const employerIds = [
      ...new Set(inputs.flatMap((i) => (i.employments ?? []).map((e) => e.organizationId))),
    ];
    const cities = await this.organizations.visibleCities(principal, employerIds, db);
    for (const input of inputs) {
      for (const [index, employment] of (input.employments ?? []).entries()) {
        if (employment.endDate && employment.startDate && employment.endDate < employment.startDate) {
          throw invalidField(`employments.${index}.endDate`, 'end-before-start');
        }
        if (!cities.has(employment.organizationId)) {
          throw invalidField(`employments.${index}.organizationId`, 'unknown-organization');
        }
      }
    }
    return cities;
  }

  /** A list page's contacts get their parts after sorting and paging, for those rows only. */
  private pageParts(repository: ContactRepository) {
    return { db: this.db, select: (page: string) => repository.partColumns(this.engine, page) };
  }

  private findWhole(db: Db, principal: Principal, id: string): Promise<WholeContactRow | undefined> {
    return new ContactRepository(db)
      .visibleWithParts(principal, this.engine)
      .where('contacts.id', '=', id)
      .executeTakeFirst();
  }
}

function columnsOf(input: Partial<CreateInput>): Updateable<ContactsTable> {
  const columns: Record<string, unknown> = {
    salutation: input.salutation,
    title: input.title,
    first_name: input.firstName,
    language: input.language,
    birthday: input.birthday,
    preferred_channel: input.preferredChannel,
    do_not_contact: input.doNotContact === undefined ? undefined : Number(input.doNotContact),
    marketing_consent: input.marketingConsent === undefined ? undefined : Number(input.marketingConsent),
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

function displayName(firstName: string | null | undefined, lastName: string): string {
  return [firstName, lastName].filter(Boolean).join(' ');
}

/** Surname first, folded: lists sort "Müller, Anna" under M and filters find "Mül*". */
function nameKey(firstName: string | null | undefined, lastName: string): string {
  return foldGerman([lastName, firstName].filter(Boolean).join(' '));
}

function historyView(contact: Contact | undefined): object {
  if (!contact) return {};
  const {
    id,
    createdAt,
    updatedAt,
    createdBy,
    version,
    ownerName,
    organizationName,
    name,
    email,
    phone,
    position,
    organizationId,
    addressesInherited,
    ...fields
  } = contact;
  return {
    ...fields,
    addresses: addressesInherited ? [] : fields.addresses.map(({ id: _id, ...address }) => address),
    employments: fields.employments.map(({ id: _id, organizationName: _name, ...employment }) => employment),
  };
}
