import type { Permission } from '@kontor/domain/permissions';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** What the global search needs of one record: who owns it, how it is shown, what it is found by. */
export interface SearchDocument {
  id: string;
  ownerId: string | null;
  title: string;
  subtitle: string | null;
  texts: (string | null)[];
}

/**
 * A record type's entry in the global search registry (X1). Later record types (leads,
 * opportunities, quotations) add one provider each and are searchable without search changes.
 */
export interface SearchProvider {
  recordType: string;
  permission: Permission;
  load(db: Db, ids: readonly string[]): Promise<SearchDocument[]>;
}

export const organizationSearch: SearchProvider = {
  recordType: 'organization',
  permission: 'organizations.read',
  async load(db, ids) {
    const rows = await db
      .selectFrom('organizations')
      .select(['id', 'owner_id', 'name', 'city', 'customer_number', 'supplier_number', 'vat_id'])
      .where('id', 'in', [...ids])
      .execute();
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      title: row.name,
      subtitle: [row.customer_number, row.city].filter(Boolean).join(' · ') || null,
      texts: [row.name, row.city, row.customer_number, row.supplier_number, row.vat_id],
    }));
  },
};

export const contactSearch: SearchProvider = {
  recordType: 'contact',
  permission: 'contacts.read',
  async load(db, ids) {
    const rows = await db
      .selectFrom('contacts')
      .leftJoin('employments', 'employments.id', 'contacts.current_employment_id')
      .leftJoin('organizations', 'organizations.id', 'employments.organization_id')
      .select([
        'contacts.id',
        'contacts.owner_id',
        'contacts.name',
        'contacts.city',
        'organizations.name as organization_name',
      ])
      .where('contacts.id', 'in', [...ids])
      .execute();
    const emails = await db
      .selectFrom('contact_emails')
      .select(['contact_id', 'address'])
      .where('contact_id', 'in', [...ids])
      .execute();
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      title: row.name,
      subtitle: [row.organization_name, row.city].filter(Boolean).join(' · ') || null,
      texts: [row.name, row.city, ...emails.filter((e) => e.contact_id === row.id).map((e) => e.address)],
    }));
  },
};
