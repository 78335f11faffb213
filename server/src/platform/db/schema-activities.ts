import type { Generated } from 'kysely';

// The tables of activities and what hangs off them (issue 4): entries and their links, note
// types, documents, notifications and the live-event outbox.

export interface ActivityNoteTypesTable {
  id: string;
  label_de: string;
  label_en: string;
  activity_type: string;
  direction: string | null;
  position: number;
  active: number;
}

export interface ActivitiesTable {
  id: string;
  type: string;
  direction: string | null;
  note_type_id: string | null;
  subject: string;
  subject_key: string;
  text_key: string;
  body: string | null;
  occurred_at: string;
  status: string;
  due_at: string | null;
  due_notified_at: string | null;
  assignee_user_id: string | null;
  assignee_team_id: string | null;
  outcome: string | null;
  done_at: string | null;
  done_by: string | null;
  pinned: Generated<number>;
  system_key: string | null;
  document_id: string | null;
  owner_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  deleted_at: string | null;
  deleted_by: string | null;
}

/** One entry's link to one record, with the entry's date, pin and deletion copied for timelines. */
export interface ActivityLinksTable {
  activity_id: string;
  record_type: string;
  record_id: string;
  occurred_at: string;
  pinned: Generated<number>;
  deleted: Generated<number>;
}

/** The live-event outbox: one row per event, its id the SSE event id (bigint on PostgreSQL: read with Number). */
export interface LiveEventsTable {
  id: Generated<number | string>;
  topic: string;
  /** JSON of a LiveAudience. */
  audience: string;
  /** JSON object. */
  data: string;
  created_at: string;
}

/** One thing a user is told about an entry (X7); at most one per user, kind, entry and `about`. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  activity_id: string;
  about: Generated<string>;
  actor_id: string | null;
  created_at: string;
  read_at: string | null;
}

/** A file attached to a record (A9); the bytes are in the file storage under `sha256`. */
export interface DocumentsTable {
  id: string;
  record_type: string;
  record_id: string;
  file_name: string;
  file_name_key: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}
