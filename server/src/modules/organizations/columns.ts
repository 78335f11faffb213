import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { ORGANIZATION } from '@kontor/domain/organizations';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(ORGANIZATION, key);
  if (!found) throw new Error(`organization field ${key} is not declared`);
  return found;
}

/** Where each declared organisation field lives in SQL, for lists and filters. */
export const ORGANIZATION_COLUMNS: ListColumns = {
  name: {
    field: field('name'),
    column: 'organizations.name',
    keyColumn: 'organizations.name_key',
    notNull: true,
  },
  kind: { field: field('kind'), column: 'organizations.kind' },
  relationships: { field: field('relationships'), column: 'organizations.relationships' },
  customerNumber: { field: field('customerNumber'), column: 'organizations.customer_number' },
  supplierNumber: { field: field('supplierNumber'), column: 'organizations.supplier_number' },
  industry: { field: field('industry'), column: 'organizations.industry' },
  abcClass: { field: field('abcClass'), column: 'organizations.abc_class' },
  size: { field: field('size'), column: 'organizations.size' },
  city: {
    field: field('city'),
    column: 'organizations.city',
    keyColumn: 'organizations.city_key',
    notNull: true,
  },
  website: { field: field('website'), column: 'organizations.website' },
  vatId: { field: field('vatId'), column: 'organizations.vat_id' },
  paymentTermsDays: { field: field('paymentTermsDays'), column: 'organizations.payment_terms_days' },
  creditLimit: { field: field('creditLimit'), column: 'organizations.credit_limit_cents' },
  ownerName: { field: field('ownerName'), column: 'owner.name' },
  tags: { field: field('tags'), column: 'organizations.tags' },
  createdAt: { field: field('createdAt'), column: 'organizations.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'organizations.updated_at', notNull: true },
};
