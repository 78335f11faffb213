import type { SearchProvider } from '../search/providers.js';

/** Opportunities in the global search (X1): found by their name and their customer's. */
export const opportunitySearch: SearchProvider = {
  recordType: 'opportunity',
  permission: 'opportunities.read',
  async load(db, ids) {
    const rows = await db
      .selectFrom('opportunities as o')
      .innerJoin('pipeline_stages as s', 's.id', 'o.stage_id')
      .leftJoin('organizations as org', 'org.id', 'o.organization_id')
      .leftJoin('leads as l', 'l.id', 'o.lead_id')
      .select([
        'o.id',
        'o.owner_id',
        'o.name',
        's.name as stage',
        'org.name as organization',
        'l.name as lead',
      ])
      .where('o.id', 'in', [...ids])
      .execute();
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      title: row.name,
      subtitle: [row.organization ?? row.lead, row.stage].filter(Boolean).join(' · ') || null,
      texts: [row.name, row.organization, row.lead],
    }));
  },
};
