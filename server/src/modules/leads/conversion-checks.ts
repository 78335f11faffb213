import type { ConvertLead } from '@kontor/domain/leads';
import { hasPermission, type Permission } from '@kontor/domain/permissions';
import type { Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, forbidden } from '../../platform/http/problem.js';
import type { LeadRow } from './repository.js';

// The conversion's checks and look-ups: its rights, the queries for likely duplicates, the
// choice among them and the refusal that names them.

/** Converting writes organisations, contacts and opportunities: the caller needs those rights too. */
export function requirePermissions(principal: Principal, input: ConvertLead): void {
  const needed: Permission[] = [
    ...(input.organization?.mode === 'create' ? (['organizations.write'] as const) : []),
    // A matched contact may get an employment at the organisation.
    ...(input.contact ? (['contacts.write'] as const) : []),
    ...(input.opportunity ? (['opportunities.write'] as const) : []),
  ];
  if (!needed.every((permission) => hasPermission(principal.permissions, permission))) throw forbidden();
}

/** The likely duplicate with the most reasons; the first found among equals (the wizard's order). */
export function best(found: Map<string, readonly string[]>): string | undefined {
  let chosen: string | undefined;
  let most = 0;
  for (const [id, reasons] of found)
    if (reasons.length > most) {
      chosen = id;
      most = reasons.length;
    }
  return chosen;
}

export function organizationQuery(lead: LeadRow, name: string) {
  return { name, ...(lead.city ? { city: lead.city } : {}) };
}

export function contactQuery(lead: LeadRow) {
  const query = {
    firstName: lead.first_name,
    lastName: lead.last_name,
    email: lead.email,
    phone: lead.phone,
    city: lead.city,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value)) as Record<string, string>;
}

/** 409 naming the likely duplicates, so the user can pick one of them or confirm a new record. */
export async function refuseDuplicates(
  trx: Transaction<Database>,
  table: 'organizations' | 'contacts',
  found: Map<string, readonly string[]>,
  field: 'organization' | 'contact',
): Promise<never> {
  const rows = await trx
    .selectFrom(table)
    .select('name')
    .where('id', 'in', [...found.keys()])
    .execute();
  const code =
    field === 'organization' ? 'conversion-duplicate-organization' : 'conversion-duplicate-contact';
  throw new AppError(409, code, {
    params: { candidates: rows.map((row) => row.name).join(', ') },
    fields: [{ path: field, code }],
  });
}
