import {
  type DUPLICATE_REASONS,
  type organizationDuplicateQuerySchema,
  organizationNameCore,
} from '@kontor/domain/duplicates';
import { foldGerman } from '@kontor/domain/normalize';
import { checkVatId } from '@kontor/domain/vat-id';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { OrganizationRepository } from './repository.js';

export type DuplicateQuery = z.output<typeof organizationDuplicateQuerySchema>;
export type Reason = (typeof DUPLICATE_REASONS)[number];

/**
 * Visible organisations that are probably the one being entered (M4): the same VAT id, or a
 * name with the same core (legal form and spelling aside) in the same city. Returns ids with
 * their reasons, at most ten.
 */
export async function findOrganizationDuplicates(
  repository: OrganizationRepository,
  principal: Principal,
  query: DuplicateQuery,
): Promise<Map<string, Reason[]>> {
  const found = new Map<string, Reason[]>();
  const add = (id: string, reason: Reason) => {
    if (id !== query.excludeId) found.set(id, [...new Set([...(found.get(id) ?? []), reason])]);
  };
  const vat = query.vatId ? checkVatId(query.vatId) : undefined;
  if (vat?.ok) {
    const rows = await repository
      .visible(principal)
      .where('organizations.vat_id', '=', vat.normalized)
      .limit(10)
      .execute();
    for (const row of rows) add(row.id, 'vatId');
  }
  const core = query.name ? organizationNameCore(query.name) : '';
  const firstWord = core.split(' ')[0] ?? '';
  if (firstWord.length >= 3 && query.city) {
    // The index narrows by the first word of the name; the core comparison decides.
    const rows = await repository
      .visible(principal)
      .where('organizations.name_key', 'like', `${firstWord.replace(/[%_\\]/g, '')}%`)
      .limit(200)
      .execute();
    const city = foldGerman(query.city.trim());
    for (const row of rows) {
      if (row.city && foldGerman(row.city) === city && organizationNameCore(row.name) === core)
        add(row.id, 'name');
    }
  }
  return new Map([...found].slice(0, 10));
}
