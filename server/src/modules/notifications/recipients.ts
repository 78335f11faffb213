import { hasPermission } from '@kontor/domain/permissions';
import type { ClaimedEntry, NotificationRepository } from './repository.js';

/** What decides who may be told about an entry. */
export interface EntryAudience {
  ownerId: string | null;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
}

/** The users an entry is assigned to: the assignee, or each member of the assignee team. */
export async function assignees(repository: NotificationRepository, entry: EntryAudience): Promise<string[]> {
  if (entry.assigneeUserId) return [entry.assigneeUserId];
  if (entry.assigneeTeamId) return repository.teamMembers(entry.assigneeTeamId);
  return [];
}

/**
 * Of the given users, those who may be told about the entry: active, holding `activities.read`,
 * and seeing it — its owner is within their visibility (own/team/all, as lists decide it), or
 * they are its assignee. A notification carries the entry's subject, so anyone else is left out.
 */
export async function mayBeTold(
  repository: NotificationRepository,
  entry: EntryAudience,
  userIds: readonly string[],
): Promise<string[]> {
  const candidates = await repository.candidates([...new Set(userIds)], entry);
  return candidates
    .filter((user) => hasPermission(parsePermissions(user.permissions), 'activities.read'))
    .filter(
      (user) =>
        user.assignee === 1 ||
        user.visibility === 'all' ||
        entry.ownerId === null ||
        entry.ownerId === user.id ||
        (user.visibility === 'team' && user.teammate_of_owner === 1),
    )
    .map((user) => user.id);
}

/**
 * For due entries, by entry id, whom to tell: the assignee, or each member of the assignee team,
 * if active and holding `activities.read` (an assignee always sees its entry).
 */
export async function dueRecipients(
  repository: NotificationRepository,
  entries: readonly ClaimedEntry[],
): Promise<Map<string, string[]>> {
  const teamIds = [...new Set(entries.flatMap((entry) => entry.assignee_team_id ?? []))];
  const members = new Map<string, string[]>();
  for (const { team_id, user_id } of await repository.membersOf(teamIds)) {
    members.set(team_id, [...(members.get(team_id) ?? []), user_id]);
  }
  const assigneesOf = (entry: ClaimedEntry) =>
    entry.assignee_user_id ? [entry.assignee_user_id] : (members.get(entry.assignee_team_id ?? '') ?? []);
  const users = await repository.permissionsOf([...new Set(entries.flatMap(assigneesOf))]);
  const readers = new Set(
    users
      .filter((user) => hasPermission(parsePermissions(user.permissions), 'activities.read'))
      .map((u) => u.id),
  );
  return new Map(
    entries.map((entry) => [entry.id, assigneesOf(entry).filter((userId) => readers.has(userId))]),
  );
}

// Permissions are data: a role row that does not parse grants nothing.
function parsePermissions(json: string): string[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}
