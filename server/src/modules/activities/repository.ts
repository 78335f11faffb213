import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The entries a user may see (X3): those whose owner they may see (own/team/all, as for any
 * record), and those assigned to them or to one of their teams — a colleague's task for me is mine
 * to see.
 */
export function activityVisibleTo(principal: Principal, table = 'activities'): RawBuilder<boolean> {
  const byOwner = visibleTo(principal, `${table}.owner_id`);
  if (principal.visibility === 'all') return byOwner;
  const assignedToMe = sql<boolean>`${sql.ref(`${table}.assignee_user_id`)} = ${principal.userId}`;
  if (principal.teamIds.length === 0) return sql<boolean>`(${byOwner} or ${assignedToMe})`;
  return sql<boolean>`(${byOwner} or ${assignedToMe} or ${sql.ref(`${table}.assignee_team_id`)} in (${sql.join(principal.teamIds)}))`;
}

/** One linked record: its type and id. */
export interface RecordKey {
  recordType: string;
  recordId: string;
}

export class ActivityRepository {
  constructor(private readonly db: Db) {}

  /** Entries with everything a view shows, names of creator, assignee and note type joined. */
  withNames(language: 'de' | 'en') {
    return this.db
      .selectFrom('activities')
      .leftJoin('users as creator', 'creator.id', 'activities.created_by')
      .leftJoin('users as assignee', 'assignee.id', 'activities.assignee_user_id')
      .leftJoin('teams as team', 'team.id', 'activities.assignee_team_id')
      .leftJoin('activity_note_types as note_type', 'note_type.id', 'activities.note_type_id')
      .selectAll('activities')
      .select([
        'creator.name as creator_name',
        'assignee.name as assignee_user_name',
        'team.name as assignee_team_name',
        language === 'de' ? 'note_type.label_de as note_type_label' : 'note_type.label_en as note_type_label',
      ]);
  }

  /** Live (not deleted) entries the principal may see. */
  visible(principal: Principal, language: 'de' | 'en') {
    return this.withNames(language)
      .where('activities.deleted_at', 'is', null)
      .where(activityVisibleTo(principal));
  }

  /** The links of many entries in one statement. */
  async linksOf(activityIds: readonly string[]): Promise<(RecordKey & { activityId: string })[]> {
    if (activityIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('activity_links')
      .select(['activity_id', 'record_type', 'record_id'])
      .where('activity_id', 'in', [...activityIds])
      .execute();
    return rows.map((row) => ({
      activityId: row.activity_id,
      recordType: row.record_type,
      recordId: row.record_id,
    }));
  }

  async insertLinks(
    activityId: string,
    occurredAt: string,
    pinned: boolean,
    links: readonly RecordKey[],
  ): Promise<void> {
    await this.insertLinksOf([{ activityId, occurredAt, pinned, links }]);
  }

  /** The links of several entries, in as few statements as the parameter limits allow. */
  async insertLinksOf(
    entries: readonly {
      activityId: string;
      occurredAt: string;
      pinned: boolean;
      links: readonly RecordKey[];
    }[],
  ): Promise<void> {
    await insertInChunks(
      this.db,
      'activity_links',
      entries.flatMap((entry) =>
        entry.links.map((link) => ({
          activity_id: entry.activityId,
          record_type: link.recordType,
          record_id: link.recordId,
          occurred_at: entry.occurredAt,
          pinned: Number(entry.pinned),
          deleted: 0,
        })),
      ),
    );
  }

  async replaceLinks(
    activityId: string,
    occurredAt: string,
    pinned: boolean,
    deleted: boolean,
    links: readonly RecordKey[],
  ) {
    await this.db.deleteFrom('activity_links').where('activity_id', '=', activityId).execute();
    await this.insertLinks(activityId, occurredAt, pinned, links);
    if (deleted) await this.copyToLinks(activityId, { deleted: 1 });
  }

  /** Keeps the copies of date, pin and deletion on an entry's links in step with the entry. */
  async copyToLinks(
    activityId: string,
    copy: { occurred_at?: string; pinned?: number; deleted?: number },
  ): Promise<void> {
    await this.db.updateTable('activity_links').set(copy).where('activity_id', '=', activityId).execute();
  }
}
