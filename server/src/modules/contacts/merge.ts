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
import { ContactRepository } from './repository.js';

type MergeRequest = z.output<typeof mergeRequestSchema>;

// Scalar fields the kept contact takes over from the merged one where it has none itself.
const FILLABLE = [
  'salutation',
  'title',
  'first_name',
  'birthday',
  'preferred_channel',
  'primary_email',
  'primary_phone',
  'city',
  'owner_id',
] as const;

/**
 * Merges one contact into another in the caller's transaction (M4): e-mails, phones and
 * employments move over (without duplicates), empty fields are filled, tags joined, addresses
 * taken if the kept contact has none, both histories kept, every link elsewhere moved by the
 * `record.merged` event; the merged contact is then deleted.
 */
export async function mergeContacts(
  trx: Transaction<Database>,
  principal: Principal,
  request: MergeRequest,
  events: EventBus,
) {
  const repository = new ContactRepository(trx);
  const keep = await repository.findVisible(principal, request.keepId);
  const merge = await repository.findVisible(principal, request.mergeId);
  if (!keep || !merge) throw notFound('contact-not-found');
  if (keep.version !== request.keepVersion || merge.version !== request.mergeVersion) throw staleVersion();

  const { emails: keptEmails, phones: keptPhones } = await repository.matchKeysOf(keep.id);
  await trx
    .deleteFrom('contact_emails')
    .where('contact_id', '=', merge.id)
    .where('address_key', 'in', [...keptEmails, ''])
    .execute();
  await trx
    .updateTable('contact_emails')
    .set({ contact_id: keep.id, position: 1000 })
    .where('contact_id', '=', merge.id)
    .execute();
  await trx
    .deleteFrom('contact_phones')
    .where('contact_id', '=', merge.id)
    .where('number_key', 'in', [...[...keptPhones].filter((key): key is string => key !== null), ''])
    .execute();
  await trx
    .updateTable('contact_phones')
    .set({ contact_id: keep.id, position: 1000 })
    .where('contact_id', '=', merge.id)
    .execute();
  // The kept contact stays main contact where it is one; the merged one's flags yield to it.
  await trx
    .updateTable('employments')
    .set({ is_main_contact: 0 })
    .where('contact_id', '=', merge.id)
    .execute();
  await trx
    .updateTable('employments')
    .set({ contact_id: keep.id })
    .where('contact_id', '=', merge.id)
    .execute();
  await addressService.takeOverIfNone(trx, 'contact', merge.id, keep.id);

  const filled = takenOver(keep, merge, FILLABLE);
  await trx
    .updateTable('contacts')
    .set((eb) => ({
      ...filled,
      current_employment_id: keep.current_employment_id ?? merge.current_employment_id,
      tags: encodeSet([...decodeSet(keep.tags), ...decodeSet(merge.tags)]),
      do_not_contact: Math.max(keep.do_not_contact, merge.do_not_contact),
      updated_at: new Date().toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', keep.id)
    .execute();

  await concludeMerge(trx, events, {
    recordType: 'contact',
    keptId: keep.id,
    mergedId: merge.id,
    mergedName: merge.name,
    by: principal.userId,
  });
  await addressService.removeAll(trx, 'contact', merge.id);
  await repository.delete(merge.id);
}
