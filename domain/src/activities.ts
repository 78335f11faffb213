import { z } from 'zod';
import type { EnumOption, RecordTypeDef } from './fields.js';
import { versionSchema } from './records.js';

/** What an entry is (A1). `system` entries are written by Kontor itself, never by a person. */
export const ACTIVITY_TYPES = [
  'call',
  'email',
  'letter',
  'meeting',
  'visit',
  'presentation',
  'task',
  'note',
  'document',
  'system',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
/** The types a person records by hand; `document` entries come with an upload, `system` from Kontor. */
export const MANUAL_ACTIVITY_TYPES = ACTIVITY_TYPES.filter(
  (type) => type !== 'system' && type !== 'document',
) as Exclude<ActivityType, 'system' | 'document'>[];
/** Types that go one way: a call, e-mail or letter came in or went out. */
export const DIRECTED_TYPES: readonly ActivityType[] = ['call', 'email', 'letter'];
export const DIRECTIONS = ['in', 'out'] as const;
export const ACTIVITY_STATUSES = ['open', 'done'] as const;

/**
 * Record types an entry can link to (A4). The later issues' types are listed already so links
 * to them need no schema change; the server accepts a type once its module is registered.
 */
export const LINKABLE_TYPES = [
  'organization',
  'contact',
  'lead',
  'opportunity',
  'quotation',
  'order',
  'invoice',
  'complaint',
] as const;

/** Record types files attach to (A9): every linkable one, and entries themselves (their attachments). */
export const ATTACHABLE_TYPES = [...LINKABLE_TYPES, 'activity'] as const;

/** The newest pinned and the newest other entries a timeline shows (A5, A6). */
export const TIMELINE_SIZE = 10;

const typeLabels: Record<ActivityType, { de: string; en: string }> = {
  call: { de: 'Telefonat', en: 'Call' },
  email: { de: 'E-Mail', en: 'E-mail' },
  letter: { de: 'Brief', en: 'Letter' },
  meeting: { de: 'Termin', en: 'Meeting' },
  visit: { de: 'Besuchsbericht', en: 'Visit report' },
  presentation: { de: 'Präsentation', en: 'Presentation' },
  task: { de: 'Aufgabe', en: 'Task' },
  note: { de: 'Notiz', en: 'Note' },
  document: { de: 'Dokument', en: 'Document' },
  system: { de: 'Systemeintrag', en: 'System entry' },
};
const typeOptions: EnumOption[] = ACTIVITY_TYPES.map((value) => ({ value, label: typeLabels[value] }));

/** Entries in the CRM overview (A7) as lists, filters and history see them. */
export const ACTIVITY: RecordTypeDef = {
  type: 'activity',
  label: { singular: { de: 'Vorgang', en: 'Activity' }, plural: { de: 'Vorgänge', en: 'Activities' } },
  defaultSort: '-occurredAt',
  fields: [
    {
      key: 'occurredAt',
      kind: 'datetime',
      label: { de: 'Datum', en: 'Date' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'type',
      kind: 'enum',
      label: { de: 'Art', en: 'Type' },
      options: typeOptions,
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'subject',
      kind: 'text',
      label: { de: 'Betreff', en: 'Subject' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    { key: 'text', kind: 'text', label: { de: 'Volltext', en: 'Full text' }, filterable: true },
    {
      key: 'linkedName',
      kind: 'text',
      label: { de: 'Verknüpft mit', en: 'Linked to' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'creatorName',
      kind: 'text',
      label: { de: 'Erstellt von', en: 'Created by' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'status',
      kind: 'enum',
      label: { de: 'Status', en: 'Status' },
      options: [
        { value: 'open', label: { de: 'Offen', en: 'Open' } },
        { value: 'done', label: { de: 'Erledigt', en: 'Done' } },
      ],
      filterable: true,
    },
    {
      key: 'dueAt',
      kind: 'datetime',
      label: { de: 'Fällig', en: 'Due' },
      sortable: true,
      filterable: true,
    },
    { key: 'assigneeName', kind: 'text', label: { de: 'Zuständig', en: 'Assignee' }, filterable: true },
    {
      key: 'createdAt',
      kind: 'datetime',
      label: { de: 'Erfasst am', en: 'Recorded at' },
      sortable: true,
      filterable: true,
    },
  ],
};

const id = z.string().min(1).max(64);
const isoInstant = z.iso.datetime({ offset: true });

export const activityLinkSchema = z.object({ recordType: z.enum(LINKABLE_TYPES), recordId: id }).strict();
export type ActivityLinkInput = z.infer<typeof activityLinkSchema>;

/** An entry is assigned to a user or to a team, never both (A3). */
export const assigneeSchema = z.union([z.object({ userId: id }).strict(), z.object({ teamId: id }).strict()]);
export type AssigneeInput = z.infer<typeof assigneeSchema>;

/** Rich text as typed in the editor; the server sanitises it before storing (A10). */
const bodySchema = z.string().max(200_000);

const activityFields = {
  direction: z.enum(DIRECTIONS).nullable().optional(),
  noteTypeId: id.nullable().optional(),
  subject: z.string().trim().min(1).max(300),
  body: bodySchema.nullable().optional(),
  occurredAt: isoInstant.optional(),
};

export const createActivitySchema = z
  .object({
    type: z.enum(MANUAL_ACTIVITY_TYPES),
    ...activityFields,
    status: z.enum(ACTIVITY_STATUSES).default('done'),
    /** Required for open entries: an open entry without a date would never come up again. */
    dueAt: isoInstant.nullable().optional(),
    /** Open entries without one are assigned to their creator. */
    assignee: assigneeSchema.nullable().optional(),
    links: z.array(activityLinkSchema).min(1).max(50),
    pinned: z.boolean().default(false),
  })
  .strict();

export const updateActivitySchema = z
  .object({
    version: versionSchema,
    ...activityFields,
    subject: activityFields.subject.optional(),
    links: z.array(activityLinkSchema).min(1).max(50).optional(),
  })
  .strict();

export const completeActivitySchema = z
  .object({ version: versionSchema, outcome: z.string().trim().max(5000).nullable().optional() })
  .strict();
export const rescheduleActivitySchema = z.object({ version: versionSchema, dueAt: isoInstant }).strict();
export const reassignActivitySchema = z.object({ version: versionSchema, assignee: assigneeSchema }).strict();
export const reopenActivitySchema = z.object({ version: versionSchema, dueAt: isoInstant }).strict();
export const pinActivitySchema = z.object({ pinned: z.boolean() }).strict();

export const activityLinkViewSchema = z.object({
  recordType: z.string(),
  recordId: z.string(),
  /** Null when the caller may not see the linked record: its name stays hidden. */
  name: z.string().nullable(),
});

export const activitySchema = z.object({
  id: z.string(),
  type: z.enum(ACTIVITY_TYPES),
  direction: z.enum(DIRECTIONS).nullable(),
  noteTypeId: z.string().nullable(),
  noteTypeLabel: z.string().nullable(),
  subject: z.string(),
  body: z.string().nullable(),
  occurredAt: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  dueAt: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  assigneeUserName: z.string().nullable(),
  assigneeTeamId: z.string().nullable(),
  assigneeTeamName: z.string().nullable(),
  outcome: z.string().nullable(),
  doneAt: z.string().nullable(),
  pinned: z.boolean(),
  /** For system entries: what happened, e.g. `quotation.sent`; texts come from the subject. */
  systemKey: z.string().nullable(),
  /** For document entries: the attached file. */
  documentId: z.string().nullable(),
  links: z.array(activityLinkViewSchema),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Activity = z.infer<typeof activitySchema>;

/** A record's timeline (A5, A6): the newest pinned entries on top, then the newest others. */
export const timelineSchema = z.object({
  pinned: z.array(activitySchema),
  recent: z.array(activitySchema),
  /** More entries exist than shown: the page links to the full list ("alle anzeigen"). */
  hasMore: z.boolean(),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const recordRefParams = z.object({ recordType: z.enum(LINKABLE_TYPES), recordId: id });

/** "Meine Wiedervorlagen" (A2): open entries of the caller and their teams by due date. */
export const followUpsQuerySchema = z
  .object({
    /** `mine`: assigned to me; `teams`: to one of my teams or its members; default both. */
    scope: z.enum(['mine', 'teams', 'all']).default('all'),
  })
  .strict();
/** Each group shows its first entries by due date (FOLLOW_UP_GROUP_SIZE); `more` says a group has others. */
export const FOLLOW_UP_GROUP_SIZE = 50;
export const followUpsSchema = z.object({
  overdue: z.array(activitySchema),
  today: z.array(activitySchema),
  upcoming: z.array(activitySchema),
  more: z.object({ overdue: z.boolean(), today: z.boolean(), upcoming: z.boolean() }),
});
export type FollowUps = z.infer<typeof followUpsSchema>;

/** An admin-editable note type ("Kunde hat bei uns angerufen") offered when recording an entry. */
export const noteTypeSchema = z.object({
  id: z.string(),
  label: z.object({ de: z.string(), en: z.string() }),
  /** The activity type an entry of this note type gets by default. */
  activityType: z.enum(MANUAL_ACTIVITY_TYPES),
  direction: z.enum(DIRECTIONS).nullable(),
  position: z.number().int(),
  active: z.boolean(),
});
export type NoteType = z.infer<typeof noteTypeSchema>;
export const noteTypeInputSchema = z
  .object({
    label: z
      .object({ de: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) })
      .strict(),
    activityType: z.enum(MANUAL_ACTIVITY_TYPES),
    direction: z.enum(DIRECTIONS).nullable().default(null),
    position: z.number().int().min(0).max(10_000).default(0),
    active: z.boolean().default(true),
  })
  .strict();
