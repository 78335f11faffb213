// The tables the activity generator fills and their column order (as the sinks write them).
import type { Layout } from './tables.ts';

export type ActivityTable = 'activities' | 'activity_links';

export const ACTIVITY_LAYOUT: Layout<ActivityTable> = {
  columns: {
    activities: [
      ['id', 'text'],
      ['type', 'text'],
      ['direction', 'text'],
      ['note_type_id', 'text'],
      ['subject', 'text'],
      ['subject_key', 'text'],
      ['text_key', 'text'],
      ['body', 'text'],
      ['occurred_at', 'text'],
      ['status', 'text'],
      ['due_at', 'text'],
      ['due_notified_at', 'text'],
      ['assignee_user_id', 'text'],
      ['assignee_team_id', 'text'],
      ['outcome', 'text'],
      ['done_at', 'text'],
      ['done_by', 'text'],
      ['pinned', 'int'],
      ['system_key', 'text'],
      ['document_id', 'text'],
      ['owner_id', 'text'],
      ['created_by', 'text'],
      ['created_at', 'text'],
      ['updated_at', 'text'],
      ['version', 'int'],
      ['deleted_at', 'text'],
      ['deleted_by', 'text'],
    ],
    activity_links: [
      ['activity_id', 'text'],
      ['record_type', 'text'],
      ['record_id', 'text'],
      ['occurred_at', 'text'],
      ['pinned', 'int'],
      ['deleted', 'int'],
    ],
  },
  order: ['activities', 'activity_links'],
};
