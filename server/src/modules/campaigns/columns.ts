import { CAMPAIGN } from '@kontor/domain/campaigns';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(CAMPAIGN, key);
  if (!found) throw new Error(`campaign field ${key} is not declared`);
  return found;
}

/** Where each declared campaign field lives in SQL, for lists and filters. */
export const CAMPAIGN_COLUMNS: ListColumns = {
  name: { field: field('name'), column: 'campaigns.name', keyColumn: 'campaigns.name_key', notNull: true },
  channel: { field: field('channel'), column: 'campaigns.channel' },
  startsOn: { field: field('startsOn'), column: 'campaigns.starts_on' },
  endsOn: { field: field('endsOn'), column: 'campaigns.ends_on' },
  budget: { field: field('budget'), column: 'campaigns.budget_cents' },
  actualCost: { field: field('actualCost'), column: 'campaigns.actual_cost_cents' },
  ownerName: { field: field('ownerName'), column: 'owner.name' },
  active: { field: field('active'), column: 'campaigns.active' },
  createdAt: { field: field('createdAt'), column: 'campaigns.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'campaigns.updated_at', notNull: true },
};
