import { ACTIVITY } from '@kontor/domain/activities';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { sql } from 'kysely';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(ACTIVITY, key);
  if (!found) throw new Error(`activity field ${key} is not declared`);
  return found;
}

/**
 * The folded names of the organisations and contacts an entry is linked to, for the overview's
 * "linked to" filter. Later record types add their table here.
 */
const linkedNameKeys = sql<string>`(
  select string_agg(coalesce(o.name_key, c.name_key), ' | ')
  from activity_links l
  left join organizations o on l.record_type = 'organization' and o.id = l.record_id
  left join contacts c on l.record_type = 'contact' and c.id = l.record_id
  where l.activity_id = activities.id)`;

/** Where each declared overview field lives in SQL (joins as in ActivityRepository.withNames). */
export const ACTIVITY_COLUMNS: ListColumns = {
  occurredAt: { field: field('occurredAt'), column: 'activities.occurred_at', notNull: true },
  type: { field: field('type'), column: 'activities.type' },
  subject: {
    field: field('subject'),
    column: 'activities.subject',
    keyColumn: 'activities.subject_key',
    notNull: true,
  },
  text: { field: field('text'), column: 'activities.text_key', keyColumn: 'activities.text_key' },
  linkedName: { field: field('linkedName'), column: 'activities.id', keyExpression: linkedNameKeys },
  creatorName: { field: field('creatorName'), column: 'creator.name' },
  status: { field: field('status'), column: 'activities.status' },
  dueAt: { field: field('dueAt'), column: 'activities.due_at' },
  assigneeName: {
    field: field('assigneeName'),
    column: 'assignee.name',
    expression: sql`coalesce(${sql.ref('assignee.name')}, ${sql.ref('team.name')})`,
  },
  createdAt: { field: field('createdAt'), column: 'activities.created_at', notNull: true },
};
