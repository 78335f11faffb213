import { SALUTATIONS } from '@kontor/domain/contacts';
import { LEAD_SOURCES, type Lead } from '@kontor/domain/leads';
import { ABC_CLASSES } from '@kontor/domain/organizations';
import { LEAD_MANUAL_STATUSES, LEAD_STATUSES } from '@kontor/domain/sales-status';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { LeadRow } from './repository.js';

const salutationOf = storedEnum(SALUTATIONS, null);
const statusOf = storedEnum(LEAD_STATUSES, 'open');
const manualStatusOf = storedEnum(LEAD_MANUAL_STATUSES, 'open');
const sourceOf = storedEnum(LEAD_SOURCES, null);
const abcClassOf = storedEnum(ABC_CLASSES, null);

export function toLead(row: LeadRow): Lead {
  return {
    id: row.id,
    name: row.name,
    companyName: row.company_name,
    salutation: salutationOf(row.salutation),
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    position: row.position,
    email: row.email,
    phone: row.phone,
    city: row.city,
    status: statusOf(row.status),
    manualStatus: manualStatusOf(row.manual_status),
    source: sourceOf(row.source),
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    abcClass: abcClassOf(row.abc_class),
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    nextFollowUpOn: row.next_follow_up_on,
    convertedOrganizationId: row.converted_organization_id,
    convertedContactId: row.converted_contact_id,
    convertedAt: row.converted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
