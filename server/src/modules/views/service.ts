import type { RecordTypeDef } from '@kontor/domain/fields';
import { describeFilterError } from '@kontor/domain/filter/conditions';
import { hasPermission, type Permission } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';
import {
  type CreateSavedView,
  checkViewState,
  type SavedView,
  type UpdateSavedView,
  type ViewState,
  viewStateSchema,
} from '@kontor/domain/views';
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { isUniqueViolation } from '../../platform/db/dialect/errors.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, conflict, forbidden, notFound, staleVersion } from '../../platform/http/problem.js';
import { SavedViewRepository, type SavedViewRow } from './repository.js';

/** A record type whose lists can have saved views, and the permission needed to read its records. */
export interface ViewableType {
  record: RecordTypeDef;
  read: Permission;
}

/**
 * Saved views of record lists (SPEC X2): private to their owner or shared with one of the
 * owner's teams. Only the owner changes or deletes a view; everyone else sees at most the
 * team views of their own teams — administrators included, private views stay private.
 */
export class SavedViewService {
  private readonly views: SavedViewRepository;
  private readonly types: Map<string, ViewableType>;

  constructor(
    private readonly db: Kysely<Database>,
    types: readonly ViewableType[],
  ) {
    this.views = new SavedViewRepository(db);
    this.types = new Map(types.map((type) => [type.record.type, type]));
  }

  async list(principal: Principal, recordType: string): Promise<SavedView[]> {
    this.typeFor(principal, recordType);
    const rows = await this.views.visibleTo(principal.userId, recordType);
    return rows.map((row) => toView(row, principal));
  }

  async get(principal: Principal, id: string): Promise<SavedView> {
    return toView(await this.visibleRow(this.views, principal, id), principal);
  }

  async create(principal: Principal, input: CreateSavedView, language: Language): Promise<SavedView> {
    const { record } = this.typeFor(principal, input.recordType);
    const state = validState(record, input.state, language);
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const views = new SavedViewRepository(trx);
      const teamId = input.visibility === 'team' ? (input.teamId ?? null) : null;
      if (teamId) await assertMember(views, teamId, principal.userId);
      const now = nowIso();
      await guardName(() =>
        views.insert({
          id,
          record_type: record.type,
          owner_id: principal.userId,
          team_id: teamId,
          name: input.name,
          name_key: nameKey(input.name),
          state: JSON.stringify(state),
          created_at: now,
          updated_at: now,
        }),
      );
    });
    return this.get(principal, id);
  }

  async update(
    principal: Principal,
    id: string,
    input: UpdateSavedView,
    language: Language,
  ): Promise<SavedView> {
    await this.db.transaction().execute(async (trx) => {
      const views = new SavedViewRepository(trx);
      const row = await this.ownRow(views, principal, id);
      const { record } = this.typeFor(principal, row.record_type);
      const change: Parameters<SavedViewRepository['updateIfVersion']>[2] = { updated_at: nowIso() };
      if (input.name !== undefined)
        Object.assign(change, { name: input.name, name_key: nameKey(input.name) });
      if (input.state !== undefined) change.state = JSON.stringify(validState(record, input.state, language));
      if (input.visibility !== undefined) {
        change.team_id = input.visibility === 'team' ? (input.teamId ?? null) : null;
        // Only a new audience is checked: an owner who has left the team may still rename the view.
        if (change.team_id && change.team_id !== row.team_id) {
          await assertMember(views, change.team_id, principal.userId);
        }
      }
      if (!(await guardName(() => views.updateIfVersion(id, input.version, change)))) throw staleVersion();
    });
    return this.get(principal, id);
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const views = new SavedViewRepository(trx);
      await this.ownRow(views, principal, id);
      await views.delete(id);
    });
  }

  /** Makes a view the caller may see their default for its list, or (null) clears the default. */
  async setDefault(principal: Principal, recordType: string, viewId: string | null): Promise<void> {
    this.typeFor(principal, recordType);
    await this.db.transaction().execute(async (trx) => {
      const views = new SavedViewRepository(trx);
      if (viewId) {
        const row = await this.visibleRow(views, principal, viewId);
        // A view of another list is no view of this one.
        if (row.record_type !== recordType) throw notFound('saved-view-not-found');
      }
      await views.setDefault(principal.userId, recordType, viewId);
    });
  }

  /** The record type's entry; unknown types are bad input, and reading views needs reading records. */
  private typeFor(principal: Principal, recordType: string): ViewableType {
    const type = this.types.get(recordType);
    if (!type) {
      throw new AppError(400, 'unknown-record-type', {
        params: { type: recordType },
        fields: [{ path: 'recordType', code: 'unknown-record-type' }],
      });
    }
    if (!hasPermission(principal.permissions, type.read)) throw forbidden();
    return type;
  }

  /** A view the caller may see; any other — missing, or someone else's private one — is simply not found. */
  private async visibleRow(
    views: SavedViewRepository,
    principal: Principal,
    id: string,
  ): Promise<SavedViewRow> {
    const row = await views.findById(id, principal.userId);
    const visible =
      row !== undefined &&
      (row.owner_id === principal.userId ||
        (row.team_id !== null && (await views.isTeamMember(row.team_id, principal.userId))));
    if (!row || !visible) throw notFound('saved-view-not-found');
    this.typeFor(principal, row.record_type);
    return row;
  }

  /** A view the caller owns; a team view they merely see is theirs to use, not to change. */
  private async ownRow(views: SavedViewRepository, principal: Principal, id: string): Promise<SavedViewRow> {
    const row = await this.visibleRow(views, principal, id);
    if (row.owner_id !== principal.userId) throw forbidden('saved-view-owner-only');
    return row;
  }
}

function validState(record: RecordTypeDef, state: ViewState, language: Language): ViewState {
  const checked = checkViewState(record, state, language);
  if (checked.problems?.unknownFields.length) {
    throw new AppError(400, 'unknown-view-field', {
      fields: checked.problems.unknownFields.map((path) => ({ path, code: 'unknown-view-field' as const })),
    });
  }
  if (checked.problems?.filterErrors.length) {
    throw new AppError(400, 'invalid-filter', {
      errors: checked.problems.filterErrors.map(({ path, error }) => ({
        path,
        message: describeFilterError(error, language),
        start: error.span.start,
        end: error.span.end,
      })),
    });
  }
  return checked.state;
}

async function assertMember(views: SavedViewRepository, teamId: string, userId: string): Promise<void> {
  if (!(await views.isTeamMember(teamId, userId))) {
    throw new AppError(400, 'not-team-member', { fields: [{ path: 'teamId', code: 'not-team-member' }] });
  }
}

async function guardName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('saved-view-name-taken', [{ path: 'name', code: 'saved-view-name-taken' }]);
    }
    throw error;
  }
}

const nameKey = (name: string) => name.toLocaleLowerCase('de');

function toView(row: SavedViewRow, principal: Principal): SavedView {
  return {
    id: row.id,
    recordType: row.record_type,
    name: row.name,
    // Parsed again so a row written by an older version still comes out in today's shape.
    state: viewStateSchema.parse(JSON.parse(row.state)),
    visibility: row.team_id ? 'team' : 'private',
    teamId: row.team_id,
    teamName: row.team_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    mine: row.owner_id === principal.userId,
    isDefault: row.default_of !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
