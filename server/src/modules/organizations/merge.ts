import type { mergeRequestSchema } from '@kontor/domain/duplicates';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { decodeSet, encodeSet } from '../../platform/db/sets.js';
import type { EventBus } from '../../platform/events/bus.js';
import { notFound, staleVersion } from '../../platform/http/problem.js';
import { concludeMerge, takenOver } from '../../platform/records/merge-steps.js';
import { addressService } from '../addresses/service.js';
import { OrganizationRepository } from './repository.js';

type MergeRequest = z.output<typeof mergeRequestSchema>;

// Fields the kept organisation takes over from the merged one where it has none itself.
const FILLABLE = [
  'industry',
  'abc_class',
  'size',
  'city',
  'city_key',
  'website',
  'vat_id',
  'payment_terms_days',
  'credit_limit_cents',
  'owner_id',
  'customer_number',
  'supplier_number',
] as const;

/**
 * Merges one organisation into another in the caller's transaction (M4): its employments and
 * child organisations move over, empty fields and numbers are taken over, relationships and
 * tags joined, addresses taken if the kept one has none, both histories kept, links elsewhere
 * moved by the `record.merged` event; the merged organisation is then deleted.
 */
export async function mergeOrganizations(
  trx: Transaction<Database>,
  principal: Principal,
  request: MergeRequest,
  events: EventBus,
) {
  const repository = new OrganizationRepository(trx);
  const keep = await repository.findVisible(principal, request.keepId);
  const merge = await repository.findVisible(principal, request.mergeId);
  if (!keep || !merge) throw notFound('organization-not-found');
  if (keep.version !== request.keepVersion || merge.version !== request.mergeVersion) throw staleVersion();

  await trx
    .updateTable('employments')
    .set({ is_main_contact: 0 })
    .where('organization_id', '=', merge.id)
    .execute();
  await trx
    .updateTable('employments')
    .set({ organization_id: keep.id })
    .where('organization_id', '=', merge.id)
    .execute();
  await trx
    .updateTable('organizations')
    .set({ parent_id: keep.id })
    .where('parent_id', '=', merge.id)
    .where('id', '!=', keep.id)
    .execute();
  await addressService.takeOverIfNone(trx, 'organization', merge.id, keep.id);

  const filled = takenOver(keep, merge, FILLABLE);
  // Numbers are unique: the merged record gives them up before the kept one takes them.
  await trx
    .updateTable('organizations')
    .set({ customer_number: null, supplier_number: null })
    .where('id', '=', merge.id)
    .execute();
  await trx
    .updateTable('organizations')
    .set((eb) => ({
      ...filled,
      // Had the kept one hung below the merged one, it now takes the merged one's place.
      parent_id: keep.parent_id === merge.id ? merge.parent_id : keep.parent_id,
      relationships: encodeSet([...decodeSet(keep.relationships), ...decodeSet(merge.relationships)]),
      tags: encodeSet([...decodeSet(keep.tags), ...decodeSet(merge.tags)]),
      updated_at: new Date().toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', keep.id)
    .execute();

  await concludeMerge(trx, events, {
    recordType: 'organization',
    keptId: keep.id,
    mergedId: merge.id,
    mergedName: merge.name,
    by: principal.userId,
  });
  await addressService.removeAll(trx, 'organization', merge.id);
  await repository.delete(merge.id);
}
