import type { SearchProvider } from '../search/providers.js';

/** Leads in the global search (X1): found by name, company, e-mail, phone and city. */
export const leadSearch: SearchProvider = {
  recordType: 'lead',
  permission: 'leads.read',
  async load(db, ids) {
    const rows = await db
      .selectFrom('leads')
      .select(['id', 'owner_id', 'name', 'company_name', 'email', 'phone', 'city'])
      .where('id', 'in', [...ids])
      .execute();
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      title: row.name,
      subtitle: [row.email, row.city].filter(Boolean).join(' · ') || null,
      texts: [row.name, row.company_name, row.email, row.phone, row.city],
    }));
  },
};
