import type { contactDuplicateQuerySchema, DUPLICATE_REASONS } from '@kontor/domain/duplicates';
import { foldGerman, normalizeEmail, normalizePhone } from '@kontor/domain/normalize';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { ContactRepository } from './repository.js';

export type DuplicateQuery = z.output<typeof contactDuplicateQuerySchema>;
export type Reason = (typeof DUPLICATE_REASONS)[number];

/**
 * Visible contacts that are probably the person being entered (M4): the same e-mail address
 * or phone number (normalised), or the same name in the same city. At most ten, with reasons.
 */
export async function findContactDuplicates(
  repository: ContactRepository,
  principal: Principal,
  query: DuplicateQuery,
): Promise<Map<string, Reason[]>> {
  const found = new Map<string, Reason[]>();
  const add = (id: string, reason: Reason) => {
    if (id !== query.excludeId) found.set(id, [...new Set([...(found.get(id) ?? []), reason])]);
  };
  const email = query.email ? normalizeEmail(query.email) : null;
  if (email) {
    const rows = await repository
      .visible(principal)
      .where('contacts.id', 'in', (eb) =>
        eb.selectFrom('contact_emails').select('contact_id').where('address_key', '=', email),
      )
      .limit(10)
      .execute();
    for (const row of rows) add(row.id, 'email');
  }
  const phone = query.phone ? normalizePhone(query.phone) : null;
  if (phone) {
    const rows = await repository
      .visible(principal)
      .where('contacts.id', 'in', (eb) =>
        eb.selectFrom('contact_phones').select('contact_id').where('number_key', '=', phone),
      )
      .limit(10)
      .execute();
    for (const row of rows) add(row.id, 'phone');
  }
  if (query.lastName?.trim() && query.city?.trim()) {
    const key = foldGerman(
      [query.lastName, query.firstName]
        .filter((part) => part?.trim())
        .join(' ')
        .trim(),
    );
    const city = foldGerman(query.city.trim());
    const rows = await repository.visible(principal).where('contacts.name_key', '=', key).limit(50).execute();
    for (const row of rows) {
      const rowCity = row.city ?? row.organization_city;
      if (rowCity && foldGerman(rowCity) === city) add(row.id, 'name');
    }
  }
  return new Map([...found].slice(0, 10));
}
