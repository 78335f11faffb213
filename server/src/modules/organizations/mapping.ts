import type { Address } from '@kontor/domain/addresses';
import {
  ABC_CLASSES,
  COMPANY_SIZES,
  ORGANIZATION_KINDS,
  type Organization,
  relationshipSchema,
} from '@kontor/domain/organizations';
import { z } from 'zod';
import { decodeSet } from '../../platform/db/sets.js';
import type { OrganizationRow } from './repository.js';

export function toOrganization(row: OrganizationRow, addresses: Address[]): Organization {
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
    addresses,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
