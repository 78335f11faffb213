import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { LEAD } from '@kontor/domain/leads';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(LEAD, key);
  if (!found) throw new Error(`lead field ${key} is not declared`);
  return found;
}

/** Where each declared lead field lives in SQL (joins as in LeadRepository.visible). */
export const LEAD_COLUMNS: ListColumns = {
  name: { field: field('name'), column: 'leads.name', keyColumn: 'leads.name_key', notNull: true },
  companyName: {
    field: field('companyName'),
    column: 'leads.company_name',
    keyColumn: 'leads.company_key',
  },
  salutation: { field: field('salutation'), column: 'leads.salutation' },
  title: { field: field('title'), column: 'leads.title' },
  firstName: { field: field('firstName'), column: 'leads.first_name' },
  lastName: { field: field('lastName'), column: 'leads.last_name' },
  position: { field: field('position'), column: 'leads.position' },
  email: { field: field('email'), column: 'leads.email', keyColumn: 'leads.email_key' },
  phone: { field: field('phone'), column: 'leads.phone' },
  city: { field: field('city'), column: 'leads.city', keyColumn: 'leads.city_key' },
  status: { field: field('status'), column: 'leads.status', notNull: true },
  source: { field: field('source'), column: 'leads.source' },
  campaignName: {
    field: field('campaignName'),
    column: 'campaign.name',
    keyColumn: 'campaign.name_key',
  },
  abcClass: { field: field('abcClass'), column: 'leads.abc_class' },
  ownerName: { field: field('ownerName'), column: 'owner.name' },
  nextFollowUpOn: { field: field('nextFollowUpOn'), column: 'leads.next_follow_up_on' },
  createdAt: { field: field('createdAt'), column: 'leads.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'leads.updated_at', notNull: true },
};
