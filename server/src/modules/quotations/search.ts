import { quotationLabel } from '@kontor/domain/quotations';
import type { SearchProvider } from '../search/providers.js';

/** Quotations in the global search (X1): found by number and by customer and opportunity names. */
export const quotationSearch: SearchProvider = {
  recordType: 'quotation',
  permission: 'quotations.read',
  async load(db, ids) {
    const rows = await db
      .selectFrom('quotations as q')
      .leftJoin('organizations as o', 'o.id', 'q.organization_id')
      .leftJoin('leads as l', 'l.id', 'q.lead_id')
      .leftJoin('opportunities as p', 'p.id', 'q.opportunity_id')
      .select([
        'q.id',
        'q.owner_id',
        'q.number',
        'q.revision',
        'o.name as organization_name',
        'l.name as lead_name',
        'p.name as opportunity_name',
      ])
      .where('q.id', 'in', [...ids])
      .execute();
    return rows.map((row) => {
      const customer = row.organization_name ?? row.lead_name;
      return {
        id: row.id,
        ownerId: row.owner_id,
        title: quotationLabel(row.number, row.revision),
        // Not the status: the status sync changes it without re-indexing.
        subtitle: customer,
        texts: [row.number, customer, row.opportunity_name],
      };
    });
  },
};
