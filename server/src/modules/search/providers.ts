import type { Permission } from '@kontor/domain/permissions';
import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
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
  /**
   * Documents of this type that show another type's title (a contact's subtitle names its
   * employer): `refresh` rewrites them when records of `recordType` got a new title.
   */
  follows?: { recordType: string; refresh(db: Db, ids: readonly string[]): Promise<void> };
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

/** "Employer · City" of a contact, in SQL so one statement can rewrite many documents. */
function contactSubtitle(
  eb: ExpressionBuilder<Database & { c: Database['contacts']; o: Database['organizations'] }, 'c' | 'o'>,
) {
  return eb
    .case()
    .when(eb.and([eb('o.name', 'is not', null), eb('c.city', 'is not', null)]))
    .then(sql<string>`${eb.ref('o.name')} || ' · ' || ${eb.ref('c.city')}`)
    .else(eb.fn.coalesce('o.name', 'c.city'))
    .end();
}

export const contactSearch: SearchProvider = {
  recordType: 'contact',
  permission: 'contacts.read',
  async load(db, ids) {
    const rows = await db
      .selectFrom('contacts as c')
      .leftJoin('employments as e', 'e.id', 'c.current_employment_id')
      .leftJoin('organizations as o', 'o.id', 'e.organization_id')
      .select((eb) => ['c.id', 'c.owner_id', 'c.name', 'c.city', contactSubtitle(eb).as('subtitle')])
      .where('c.id', 'in', [...ids])
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
      subtitle: row.subtitle || null,
      texts: [row.name, row.city, ...emails.filter((e) => e.contact_id === row.id).map((e) => e.address)],
    }));
  },
  follows: {
    recordType: 'organization',
    // One statement for all current employees, however many: an organisation may have thousands.
    async refresh(db, organizationIds) {
      await db
        .updateTable('search_documents')
        .set((eb) => ({
          subtitle: eb
            .selectFrom('contacts as c')
            .leftJoin('employments as e', 'e.id', 'c.current_employment_id')
            .leftJoin('organizations as o', 'o.id', 'e.organization_id')
            .select((inner) => contactSubtitle(inner).as('subtitle'))
            .whereRef('c.id', '=', 'search_documents.record_id'),
        }))
        .where('record_type', '=', 'contact')
        .where('record_id', 'in', (eb) =>
          eb
            .selectFrom('employments as e')
            .innerJoin('contacts as c', 'c.current_employment_id', 'e.id')
            .select('c.id')
            .where('e.organization_id', 'in', [...organizationIds]),
        )
        .execute();
    },
  },
};
