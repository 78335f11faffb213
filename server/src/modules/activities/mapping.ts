import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type Activity, DIRECTIONS } from '@kontor/domain/activities';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { ActivitiesTable, Database } from '../../platform/db/schema.js';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { RecordDirectory } from '../../platform/records/record-directory.js';
import { ActivityRepository } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;

export type ActivityRow = Selectable<ActivitiesTable> & {
  creator_name: string | null;
  assignee_user_name: string | null;
  assignee_team_name: string | null;
  note_type_label: string | null;
};

const typeOf = storedEnum(ACTIVITY_TYPES, 'note');
const directionOf = storedEnum(DIRECTIONS, null);
const statusOf = storedEnum(ACTIVITY_STATUSES, 'done');

/**
 * Entries as the API shows them, with their links and the names of the linked records — one
 * statement for the links of all rows and one per linked record type, never one per entry. A
 * linked record the principal may not see keeps its name hidden.
 */
export async function toActivities(
  db: Db,
  records: RecordDirectory,
  principal: Principal,
  rows: readonly ActivityRow[],
): Promise<Activity[]> {
  const links = await new ActivityRepository(db).linksOf(rows.map((row) => row.id));
  const idsByType = new Map<string, string[]>();
  for (const link of links)
    idsByType.set(link.recordType, [...(idsByType.get(link.recordType) ?? []), link.recordId]);
  const names = new Map<string, string>();
  for (const [type, ids] of idsByType) {
    const linkable = records.get(type);
    if (!linkable || !principal.permissions.includes(linkable.read)) continue;
    for (const [id, name] of await linkable.visibleNames(db, principal, [...new Set(ids)]))
      names.set(id, name);
  }
  const linksByActivity = new Map<string, Activity['links']>();
  for (const link of links) {
    const view = {
      recordType: link.recordType,
      recordId: link.recordId,
      name: names.get(link.recordId) ?? null,
    };
    linksByActivity.set(link.activityId, [...(linksByActivity.get(link.activityId) ?? []), view]);
  }
  return rows.map((row) => toActivity(row, linksByActivity.get(row.id) ?? []));
}

function toActivity(row: ActivityRow, links: Activity['links']): Activity {
  return {
    id: row.id,
    type: typeOf(row.type),
    direction: directionOf(row.direction),
    noteTypeId: row.note_type_id,
    noteTypeLabel: row.note_type_label,
    subject: row.subject,
    body: row.body,
    occurredAt: row.occurred_at,
    status: statusOf(row.status),
    dueAt: row.due_at,
    assigneeUserId: row.assignee_user_id,
    assigneeUserName: row.assignee_user_name,
    assigneeTeamId: row.assignee_team_id,
    assigneeTeamName: row.assignee_team_name,
    outcome: row.outcome,
    doneAt: row.done_at,
    pinned: row.pinned === 1,
    systemKey: row.system_key,
    documentId: row.document_id,
    links: [...links].sort(byTypeThenName),
    createdBy: row.created_by,
    createdByName: row.creator_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    version: row.version,
  };
}

const TYPE_ORDER = ['organization', 'contact'];

/** Organisations first, then contacts, then the rest; by name within a type. */
function byTypeThenName(a: Activity['links'][number], b: Activity['links'][number]): number {
  const rank = (type: string) => (TYPE_ORDER.includes(type) ? TYPE_ORDER.indexOf(type) : TYPE_ORDER.length);
  return rank(a.recordType) - rank(b.recordType) || (a.name ?? '').localeCompare(b.name ?? '', 'de');
}
