import { type Address, addressTypeSchema } from '@kontor/domain/addresses';
import {
  ABC_CLASSES,
  COMPANY_SIZES,
  ORGANIZATION_KINDS,
  type Organization,
  relationshipSchema,
} from '@kontor/domain/organizations';
import { z } from 'zod';
import type { AddressRow, OrganizationRow } from './repository.js';

/** ",customer,supplier," ↔ ['customer', 'supplier']: a set stored so LIKE can test membership. */
export function encodeSet(values: readonly string[]): string {
  return values.length === 0 ? '' : `,${[...new Set(values)].join(',')},`;
}

export function decodeSet(stored: string): string[] {
  return stored.split(',').filter(Boolean);
}

export function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    type: addressTypeSchema.catch('billing').parse(row.type),
    street: row.street,
    houseNumber: row.house_number,
    addressLine2: row.address_line2,
    poBox: row.po_box,
    postalCode: row.postal_code,
    city: row.city,
    countryCode: row.country_code,
  };
}

export function toOrganization(row: OrganizationRow, addresses: AddressRow[]): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: z.enum(ORGANIZATION_KINDS).catch('company').parse(row.kind),
    relationships: decodeSet(row.relationships).flatMap((r) => {
      const parsed = relationshipSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    }),
    customerNumber: row.customer_number,
    supplierNumber: row.supplier_number,
    parentId: row.parent_id,
    parentName: row.parent_name,
    industry: row.industry,
    abcClass: z.enum(ABC_CLASSES).nullable().catch(null).parse(row.abc_class),
    size: z.enum(COMPANY_SIZES).nullable().catch(null).parse(row.size),
    city: row.city,
    website: row.website,
    vatId: row.vat_id,
    paymentTermsDays: row.payment_terms_days,
    creditLimitCents: row.credit_limit_cents === null ? null : Number(row.credit_limit_cents),
    currency: row.currency,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    tags: decodeSet(row.tags),
    addresses: addresses.map(toAddress),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
