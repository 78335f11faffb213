import { roleKeySchema } from '@kontor/domain/permissions';
import { COLOR_SCHEMES, LANGUAGES, type User } from '@kontor/domain/users';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { TeamRef, UserRow } from './repository.js';

const languageOf = storedEnum(LANGUAGES, 'de');
const colorSchemeOf = storedEnum(COLOR_SCHEMES, 'auto');

export function toUser(row: UserRow, teams: TeamRef[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleKeySchema.parse(row.role_key),
    language: languageOf(row.language),
    colorScheme: colorSchemeOf(row.color_scheme),
    active: row.active === 1,
    invitationPending: row.password_hash === null,
    teams,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
