import { roleKeySchema } from '@kontor/domain/permissions';
import { colorSchemeSchema, languageSchema, type User } from '@kontor/domain/users';
import type { TeamRef, UserRow } from './repository.js';

export function toUser(row: UserRow, teams: TeamRef[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleKeySchema.parse(row.role_key),
    language: languageSchema.catch('de').parse(row.language),
    colorScheme: colorSchemeSchema.catch('auto').parse(row.color_scheme),
    active: row.active === 1,
    invitationPending: row.password_hash === null,
    teams,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
