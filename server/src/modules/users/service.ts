import type {
  acceptInvitationSchema,
  changePasswordSchema,
  createUserSchema,
  setupInputSchema,
  User,
  updateMyProfileSchema,
  updateUserSchema,
} from '@kontor/domain/users';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import type { Principal } from '../../platform/auth/principal.js';
import { digestSecret, newSecret } from '../../platform/auth/secrets.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/dialect/errors.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { lockNamed } from '../../platform/db/locks.js';
import type { Database } from '../../platform/db/schema.js';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
  staleVersion,
} from '../../platform/http/problem.js';
import { toUser } from './mapping.js';
import { UserRepository, type UserRow } from './repository.js';

const INVITATION_DAYS = 7;

/** Users: the first admin, invitations, administration, own profile and password, login checks. */
export class UserService {
  private readonly users: UserRepository;

  constructor(private readonly db: Kysely<Database>) {
    this.users = new UserRepository(db);
  }

  async setupRequired(): Promise<boolean> {
    return (await this.users.count()) === 0;
  }

  /** Creates the first admin; only ever succeeds once, even when two browsers race. */
  async createFirstAdmin(input: z.output<typeof setupInputSchema>): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      if ((await users.count()) > 0) throw alreadySetUp();
      try {
        // The primary key of this marker row lets exactly one concurrent setup through.
        await trx.insertInto('sequences').values({ name: 'first-admin', value: 1 }).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw alreadySetUp();
        throw error;
      }
      const now = nowIso();
      await users.insert({
        id,
        email: input.email,
        name: input.name,
        password_hash: passwordHash,
        role_key: 'admin',
        language: input.language,
        color_scheme: 'auto',
        active: 1,
        last_login_at: now,
        created_at: now,
        updated_at: now,
        created_by: null,
      });
    });
    return this.get(id);
  }

  async list(): Promise<User[]> {
    const rows = await this.users.listByName();
    const teams = await this.users.teamsOf(rows.map((r) => r.id));
    return rows.map((row) => toUser(row, teams.get(row.id) ?? []));
  }

  async get(id: string): Promise<User> {
    const row = await this.users.findById(id);
    if (!row) throw notFound('user-not-found');
    return this.withTeams(row);
  }

  /** Creates a user with a password, or invites them: then a one-time link sets the password. */
  async create(
    actor: Principal | null,
    input: z.output<typeof createUserSchema>,
  ): Promise<{ user: User; invitationPath: string | null }> {
    if (input.role === 'admin' && actor && actor.role !== 'admin') throw forbidden('admin-role-admins-only');
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const id = newId();
    const invitationToken = passwordHash ? null : newSecret('invitation');
    await this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      await assertTeamsExist(users, input.teamIds);
      const now = nowIso();
      try {
        await users.insert({
          id,
          email: input.email,
          name: input.name,
          password_hash: passwordHash,
          role_key: input.role,
          language: input.language,
          color_scheme: 'auto',
          active: 1,
          last_login_at: null,
          created_at: now,
          updated_at: now,
          created_by: actor?.userId ?? null,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      await withKnownTeams(() => users.replaceTeams(id, [...new Set(input.teamIds)]));
      if (invitationToken) await this.storeInvitation(users, id, invitationToken);
    });
    return {
      user: await this.get(id),
      invitationPath: invitationToken ? `/invitation/${invitationToken}` : null,
    };
  }

  async update(actor: Principal, id: string, input: z.output<typeof updateUserSchema>): Promise<User> {
    const changesAccess = input.role !== undefined || input.active !== undefined;
    await this.db.transaction().execute(async (trx) => {
      // Admin checks below read other users' rows: hold them still until this commits.
      if (changesAccess) await lockNamed(trx, 'user-access');
      const users = new UserRepository(trx);
      const current = await users.findById(id);
      if (!current) throw notFound('user-not-found');
      if (current.version !== input.version) throw staleVersion();
      assertMayChangeAccess(actor, current, input);
      const losesAdmin =
        current.role_key === 'admin' &&
        current.active === 1 &&
        current.password_hash !== null &&
        ((input.role !== undefined && input.role !== 'admin') || input.active === false);
      if (losesAdmin && (await users.countUsableAdmins()) <= 1) throw conflict('last-admin');
      if (input.teamIds) await assertTeamsExist(users, input.teamIds);
      const now = nowIso();
      const changed = await users.updateIfVersion(id, input.version, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role_key: input.role } : {}),
        ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
        updated_at: now,
      });
      if (!changed) throw staleVersion();
      if (input.teamIds) await withKnownTeams(() => users.replaceTeams(id, [...new Set(input.teamIds)]));
      if (input.active === false) {
        // Deactivation ends every session and token for good; reactivating does not revive them.
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await users.revokeApiTokensOf(id, now);
      }
    });
    return this.get(id);
  }

  async updateProfile(actor: Principal, input: z.output<typeof updateMyProfileSchema>): Promise<User> {
    await this.users.update(actor.userId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(input.colorScheme !== undefined ? { color_scheme: input.colorScheme } : {}),
      updated_at: nowIso(),
    });
    return this.get(actor.userId);
  }

  /** Sets a new password if the current one is right; a wrong one is a field error. */
  async changePassword(userId: string, input: z.output<typeof changePasswordSchema>): Promise<void> {
    const row = await this.users.findById(userId);
    if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
      throw invalidField('currentPassword', 'wrong-current-password');
    }
    await this.users.update(userId, {
      password_hash: await hashPassword(input.newPassword),
      updated_at: nowIso(),
    });
  }

  /** The user behind an e-mail and password, or null; unknown and wrong look the same. */
  async authenticate(email: string, password: string): Promise<UserRow | null> {
    const row = await this.users.findByEmail(email);
    const valid = await verifyPassword(row?.password_hash ?? null, password);
    if (!row || !valid || row.active !== 1) return null;
    await this.users.update(row.id, { last_login_at: nowIso() });
    return row;
  }

  async invitation(token: string): Promise<{ email: string; name: string }> {
    const invitation = await this.users.findLiveInvitation(digestSecret(token), nowIso());
    if (invitation?.active !== 1) throw invitationGone();
    return { email: invitation.email, name: invitation.name };
  }

  /** Sets the invited user's password and uses up the invitation; returns the user id. */
  async acceptInvitation(token: string, input: z.output<typeof acceptInvitationSchema>): Promise<string> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      // Consuming first makes the invitation single-use even when two requests race.
      const userId = await users.consumeInvitation(digestSecret(token), nowIso());
      const user = userId ? await users.findById(userId) : undefined;
      if (user?.active !== 1 || user.password_hash !== null) throw invitationGone();
      await users.update(user.id, {
        password_hash: passwordHash,
        last_login_at: nowIso(),
        updated_at: nowIso(),
      });
      await users.deleteInvitationsOf(user.id);
      return user.id;
    });
  }

  private async storeInvitation(users: UserRepository, userId: string, token: string): Promise<void> {
    const now = new Date();
    await users.insertInvitation({
      token_hash: digestSecret(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
    });
  }

  private async withTeams(row: UserRow): Promise<User> {
    const teams = await this.users.teamsOf([row.id]);
    return toUser(row, teams.get(row.id) ?? []);
  }
}

/**
 * Only admins hand out or take away the admin role, and nobody changes their own role or
 * deactivates themselves — so a user manager can never raise themselves to admin.
 */
function assertMayChangeAccess(
  actor: Principal,
  current: UserRow,
  input: z.output<typeof updateUserSchema>,
): void {
  const roleChanges = input.role !== undefined && input.role !== current.role_key;
  if (current.id === actor.userId && (roleChanges || input.active === false)) {
    throw conflict(input.active === false ? 'self-deactivation' : 'own-role');
  }
  if (roleChanges && (input.role === 'admin' || current.role_key === 'admin') && actor.role !== 'admin') {
    throw forbidden('admin-role-admins-only');
  }
}

/** A team deleted between the check and the insert is reported like an unknown team. */
async function withKnownTeams<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw new AppError(400, 'unknown-team', { fields: [{ path: 'teamIds', code: 'unknown-team' }] });
    throw error;
  }
}

async function assertTeamsExist(users: UserRepository, teamIds: readonly string[]): Promise<void> {
  const unique = [...new Set(teamIds)];
  const existing = new Set(await users.existingTeamIds(unique));
  const missing = unique.findIndex((id) => !existing.has(id));
  if (missing >= 0) {
    throw new AppError(400, 'unknown-team', {
      fields: [{ path: `teamIds.${missing}`, code: 'unknown-team' }],
    });
  }
}

const alreadySetUp = () => conflict('already-set-up');
const emailTaken = () => conflict('email-taken', [{ path: 'email', code: 'email-taken' }]);
const invitationGone = () => notFound('invitation-invalid');
