import type { Generated } from 'kysely';

/**
 * Table types shared by both engines. Timestamps are UTC ISO 8601 text and flags are 0/1
 * integers on both engines, so queries and results look the same everywhere
 * (docs/decisions/0003-portable-column-types.md).
 */
export interface RolesTable {
  key: string;
  permissions: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  role_key: string;
  language: string;
  color_scheme: string;
  active: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface TeamsTable {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface InvitationsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface SequencesTable {
  name: string;
  value: number;
}

export interface LocksTable {
  name: string;
}

export interface Database {
  roles: RolesTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  sequences: SequencesTable;
  locks: LocksTable;
}
