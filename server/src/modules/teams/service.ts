import type { createTeamSchema, Team, updateTeamSchema } from '@kontor/domain/teams';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { isUniqueViolation } from '../../platform/db/dialect/errors.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, TeamsTable } from '../../platform/db/schema.js';
import { AppError, conflict, notFound, staleVersion } from '../../platform/http/problem.js';
import { TeamRepository } from './repository.js';

/** Teams (departments) and their members. */
export class TeamService {
  private readonly teams: TeamRepository;

  constructor(private readonly db: Kysely<Database>) {
    this.teams = new TeamRepository(db);
  }

  async list(): Promise<Team[]> {
    return this.withMembers(await this.teams.list());
  }

  async get(id: string): Promise<Team> {
    const row = await this.teams.findById(id);
    if (!row) throw teamNotFound();
    const [team] = await this.withMembers([row]);
    return team as Team;
  }

  async create(actorId: string | null, input: z.output<typeof createTeamSchema>): Promise<Team> {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const teams = new TeamRepository(trx);
      const members = await assertUsersExist(teams, input.memberIds);
      const now = nowIso();
      await guardName(() =>
        teams.insert({ id, name: input.name, created_at: now, updated_at: now, created_by: actorId }),
      );
      await teams.replaceMembers(id, members);
    });
    return this.get(id);
  }

  async update(id: string, input: z.output<typeof updateTeamSchema>): Promise<Team> {
    await this.db.transaction().execute(async (trx) => {
      const teams = new TeamRepository(trx);
      if (!(await teams.findById(id))) throw teamNotFound();
      const members = input.memberIds ? await assertUsersExist(teams, input.memberIds) : undefined;
      const changed = await guardName(() =>
        teams.updateIfVersion(id, input.version, {
          ...(input.name !== undefined ? { name: input.name } : {}),
          updated_at: nowIso(),
        }),
      );
      if (!changed) throw staleVersion();
      if (members) await teams.replaceMembers(id, members);
    });
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.teams.delete(id))) throw teamNotFound();
  }

  private async withMembers(rows: Selectable<TeamsTable>[]): Promise<Team[]> {
    const members = await this.teams.membersOf(rows.map((r) => r.id));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      members: members
        .filter((m) => m.team_id === row.id)
        .map(({ id, name, email }) => ({ id, name, email })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    }));
  }
}

async function assertUsersExist(teams: TeamRepository, userIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(userIds)];
  const existing = new Set(await teams.existingUserIds(unique));
  const missing = unique.findIndex((id) => !existing.has(id));
  if (missing >= 0) {
    throw new AppError(400, 'unknown-user', {
      fields: [{ path: `memberIds.${missing}`, code: 'unknown-user' }],
    });
  }
  return unique;
}

async function guardName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('team-name-taken', [{ path: 'name', code: 'team-name-taken' }]);
    }
    throw error;
  }
}

const teamNotFound = () => notFound('team-not-found');
