import { z } from 'zod';

/**
 * Every permission Kontor checks. Roles are sets of these, stored as data; later modules
 * append their own (e.g. `organizations.read`) here so the role editor and the checks share one list.
 */
export const PERMISSIONS = [
  'users.read',
  'users.manage',
  'teams.manage',
  'settings.manage',
  'tokens.own',
  'organizations.read',
  'organizations.write',
  'organizations.delete',
  'contacts.read',
  'contacts.write',
  'contacts.delete',
  'activities.read',
  'activities.write',
  'activities.delete',
  'activities.restore',
  'products.read',
  'products.write',
  'products.delete',
  'campaigns.read',
  'campaigns.write',
  'campaigns.delete',
  'leads.read',
  'leads.write',
  'leads.delete',
  'opportunities.read',
  'opportunities.write',
  'opportunities.delete',
  'quotations.read',
  'quotations.write',
  'quotations.delete',
  'orders.read',
  'orders.write',
  'orders.delete',
] as const;

export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

export const ROLE_KEYS = ['admin', 'manager', 'sales', 'service', 'read-only'] as const;
export const roleKeySchema = z.enum(ROLE_KEYS);
export type RoleKey = z.infer<typeof roleKeySchema>;

export const VISIBILITIES = ['own', 'team', 'all'] as const;
export const visibilitySchema = z.enum(VISIBILITIES);
/** Which records a role sees: its own (owner), its teams' members' too, or all (SPEC X3). */
export type Visibility = z.infer<typeof visibilitySchema>;

/** True when the granted set contains the required permission. Deny by default. */
export function hasPermission(granted: readonly string[], required: Permission): boolean {
  return granted.includes(required);
}
