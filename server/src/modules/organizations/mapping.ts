import {
  ABC_CLASSES,
  COMPANY_SIZES,
  ORGANIZATION_KINDS,
  type Organization,
  RELATIONSHIPS,
} from '@kontor/domain/organizations';
import { decodeSet } from '../../platform/db/sets.js';
import { storedEnum } from '../../platform/db/stored-enum.js';
import { addressService } from '../addresses/service.js';
import type { WholeOrganizationRow } from './repository.js';

const kindOf = storedEnum(ORGANIZATION_KINDS, 'company');
// Unknown relationships are dropped, never shown as something else.
const relationshipOf = storedEnum(RELATIONSHIPS, null);
const abcClassOf = storedEnum(ABC_CLASSES, null);
const sizeOf = storedEnum(COMPANY_SIZES, null);

export function toOrganization(row: WholeOrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: kindOf(row.kind),
    relationships: decodeSet(row.relationships).flatMap((r) => relationshipOf(r) ?? []),
    customerNumber: row.customer_number,
    supplierNumber: row.supplier_number,
    parentId: row.parent_id,
    parentName: row.parent_name,
    industry: row.industry,
    abcClass: abcClassOf(row.abc_class),
    size: sizeOf(row.size),
    city: row.city,
    website: row.website,
    vatId: row.vat_id,
    paymentTermsDays: row.payment_terms_days,
    creditLimitCents: row.credit_limit_cents === null ? null : Number(row.credit_limit_cents),
    currency: row.currency,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    tags: decodeSet(row.tags),
    addresses: addressService.fromJson(row.addresses_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
