import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { ContactsTable, Database } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;
export type ContactRow = Selectable<ContactsTable> & {
  owner_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
  position: string | null;
  organization_city: string | null;
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

  emailsOf(contactIds: readonly string[]) {
    return this.db
      .selectFrom('contact_emails')
      .selectAll()
      .where('contact_id', 'in', [...contactIds])
      .orderBy('position')
      .execute();
  }

  phonesOf(contactIds: readonly string[]) {
    return this.db
      .selectFrom('contact_phones')
      .selectAll()
      .where('contact_id', 'in', [...contactIds])
      .orderBy('position')
      .execute();
  }

  employmentsOf(contactIds: readonly string[]) {
    return this.db
      .selectFrom('employments')
      .leftJoin('organizations', 'organizations.id', 'employments.organization_id')
      .selectAll('employments')
      .select('organizations.name as organization_name')
      .where('employments.contact_id', 'in', [...contactIds])
      .orderBy('employments.start_date', 'desc')
      .orderBy('employments.id')
      .execute();
  }

  async replaceEmails(contactId: string, rows: Insertable<Database['contact_emails']>[]): Promise<void> {
    await this.db.deleteFrom('contact_emails').where('contact_id', '=', contactId).execute();
    if (rows.length > 0) await this.db.insertInto('contact_emails').values(rows).execute();
  }

  async replacePhones(contactId: string, rows: Insertable<Database['contact_phones']>[]): Promise<void> {
    await this.db.deleteFrom('contact_phones').where('contact_id', '=', contactId).execute();
    if (rows.length > 0) await this.db.insertInto('contact_phones').values(rows).execute();
  }

  async replaceEmployments(contactId: string, rows: Insertable<Database['employments']>[]): Promise<void> {
    await this.db
      .updateTable('contacts')
      .set({ current_employment_id: null })
      .where('id', '=', contactId)
      .execute();
    await this.db.deleteFrom('employments').where('contact_id', '=', contactId).execute();
    if (rows.length > 0) await this.db.insertInto('employments').values(rows).execute();
  }
}
