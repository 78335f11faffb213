import {
  type Insertable,
  type Kysely,
  type Selectable,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { jsonArrayFrom } from '../../platform/db/dialect/json.js';
import type { ContactsTable, Database } from '../../platform/db/schema.js';
import { addressService } from '../addresses/service.js';

type Db = Kysely<Database> | Transaction<Database>;
export type ContactRow = Selectable<ContactsTable> & {
  owner_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
  position: string | null;
  organization_city: string | null;
};

/** A contact row with its parts as JSON columns (see ContactRepository.visibleWithParts). */
export type WholeContactRow = ContactRow & {
  emails_json: unknown;
  phones_json: unknown;
  employments_json: unknown;
  own_addresses_json: unknown;
  employer_addresses_json: unknown;
};

export class ContactRepository {
  constructor(private readonly db: Db) {}

  /** Contacts the principal may see, with owner, current employment and employer. */
  visible(principal: Principal) {
    return this.db
      .selectFrom('contacts')
      .leftJoin('users as owner', 'owner.id', 'contacts.owner_id')
      .leftJoin('employments as current', 'current.id', 'contacts.current_employment_id')
      .leftJoin('organizations as employer', 'employer.id', 'current.organization_id')
      .selectAll('contacts')
      .select([
        'owner.name as owner_name',
        'current.organization_id as organization_id',
        'employer.name as organization_name',
        'current.position as position',
        'employer.city as organization_city',
      ])
      .where(visibleTo(principal, 'contacts.owner_id'));
  }

  /** visible() with every part of a contact (see partColumns) for reading single records. */
  visibleWithParts(principal: Principal, engine: Engine) {
    return this.visible(principal).select(this.partColumns(engine, 'contacts'));
  }

  /**
   * Every part of a contact — e-mails, phones, employments, own addresses and the employer's
   * (inherited) ones — as JSON columns of a query over `contacts` or a page of it (`table`
   * with `id` and `organization_id`): a page of whole contacts in one statement.
   */
  partColumns(engine: Engine, table: string) {
    const json = jsonArrayFrom(engine);
    const contactId = sql.ref<string>(`${table}.id`);
    const employerId = sql.ref<string>(
      table === 'contacts' ? 'current.organization_id' : `${table}.organization_id`,
    );
    return [
      json(
        this.db
          .selectFrom('contact_emails')
          .select(['contact_emails.type', 'contact_emails.address', 'contact_emails.position'])
          .where('contact_emails.contact_id', '=', contactId),
      ).as('emails_json'),
      json(
        this.db
          .selectFrom('contact_phones')
          .select(['contact_phones.type', 'contact_phones.number', 'contact_phones.position'])
          .where('contact_phones.contact_id', '=', contactId),
      ).as('phones_json'),
      json(
        this.db
          .selectFrom('employments')
          .leftJoin('organizations', 'organizations.id', 'employments.organization_id')
          .select([
            'employments.id',
            'employments.organization_id',
            'organizations.name as organization_name',
            'employments.position',
            'employments.department',
            'employments.start_date',
            'employments.end_date',
            'employments.is_main_contact',
          ])
          .where('employments.contact_id', '=', contactId),
      ).as('employments_json'),
      addressService.jsonOf(this.db, engine, 'contact', contactId).as('own_addresses_json'),
      addressService.jsonOf(this.db, engine, 'organization', employerId).as('employer_addresses_json'),
    ];
  }

  findVisible(principal: Principal, id: string): Promise<ContactRow | undefined> {
    return this.visible(principal).where('contacts.id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<ContactsTable>): Promise<void> {
    await this.db.insertInto('contacts').values(row).execute();
  }

  async updateIfVersion(id: string, version: number, change: Updateable<ContactsTable>): Promise<boolean> {
    const result = await this.db
      .updateTable('contacts')
      .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async setDenormalised(id: string, change: Updateable<ContactsTable>): Promise<void> {
    await this.db.updateTable('contacts').set(change).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('contacts').where('id', '=', id).execute();
  }

  /** The normalised e-mail addresses and phone numbers of a contact, for merging without doubles. */
  async matchKeysOf(contactId: string): Promise<{ emails: Set<string>; phones: Set<string> }> {
    const [emails, phones] = await Promise.all([
      this.db
        .selectFrom('contact_emails')
        .select('address_key')
        .where('contact_id', '=', contactId)
        .execute(),
      this.db.selectFrom('contact_phones').select('number_key').where('contact_id', '=', contactId).execute(),
    ]);
    return {
      emails: new Set(emails.map((e) => e.address_key)),
      phones: new Set(phones.flatMap((p) => (p.number_key === null ? [] : [p.number_key]))),
    };
  }

  async replaceEmails(contactId: string, rows: Insertable<Database['contact_emails']>[]) {
    await this.db.deleteFrom('contact_emails').where('contact_id', '=', contactId).execute();
    if (rows.length > 0) await this.db.insertInto('contact_emails').values(rows).execute();
  }

  async replacePhones(contactId: string, rows: Insertable<Database['contact_phones']>[]) {
    await this.db.deleteFrom('contact_phones').where('contact_id', '=', contactId).execute();
    if (rows.length > 0) await this.db.insertInto('contact_phones').values(rows).execute();
  }

  async replaceEmployments(contactId: string, rows: Insertable<Database['employments']>[]) {
    await this.db
      .updateTable('contacts')
      .set({ current_employment_id: null })
      .where('id', '=', contactId)
      .execute();
    await this.db.deleteFrom('employments').where('contact_id', '=', contactId).execute();
    if (rows.length > 0) await this.db.insertInto('employments').values(rows).execute();
  }
}
