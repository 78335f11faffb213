import {
  type Activity,
  type AssigneeInput,
  DIRECTED_TYPES,
  type LINKABLE_TYPES,
  type MANUAL_ACTIVITY_TYPES,
} from '@kontor/domain/activities';
import type { CreateActivityInput, UpdateActivityInput } from './api';
import { formatDateTimeInput, parseDateTimeInput } from './dateTimeInput';

export type ManualType = (typeof MANUAL_ACTIVITY_TYPES)[number];

/** Every record type an entry links to. */
type LinkableType = (typeof LINKABLE_TYPES)[number];

/** A record the entry concerns, with the name the form shows for it. */
export interface FormLink {
  recordType: LinkableType;
  recordId: string;
  name: string;
}

export interface ActivityFormValues {
  type: ManualType;
  noteTypeId: string | null;
  direction: 'in' | 'out' | null;
  subject: string;
  body: string | null;
  /** As typed (`25.11.2026 14:30`, the user's time zone); turned into instants when sent. */
  occurredAt: string;
  open: boolean;
  dueAt: string;
  /** `user:<id>` or `team:<id>`, one Select for both. */
  assignee: string | null;
  pinned: boolean;
  links: FormLink[];
}

/** A new entry of `type` on `record`: happened now, done, assigned to me if it is made open. */
export function newValues(
  type: ManualType,
  record: FormLink,
  myId: string,
  language: string,
): ActivityFormValues {
  const now = formatDateTimeInput(new Date(), language);
  return {
    type,
    noteTypeId: null,
    direction: DIRECTED_TYPES.includes(type) ? 'out' : null,
    subject: '',
    body: null,
    occurredAt: now,
    // Tasks exist to be done later; the other types usually record what already happened.
    open: type === 'task',
    dueAt: type === 'task' ? now : '',
    assignee: `user:${myId}`,
    pinned: false,
    links: [record],
  };
}

/** The editable fields of an existing entry; status, due date and assignee change by their own actions. */
export function editValues(activity: Activity, language: string): ActivityFormValues {
  return {
    type: activity.type as ManualType,
    noteTypeId: activity.noteTypeId,
    direction: activity.direction,
    subject: activity.subject,
    body: activity.body,
    occurredAt: formatDateTimeInput(activity.occurredAt, language),
    open: activity.status === 'open',
    dueAt: activity.dueAt ? formatDateTimeInput(activity.dueAt, language) : '',
    assignee: null,
    pinned: activity.pinned,
    // Links the reader may not see keep their place, so saving does not drop them.
    links: activity.links.map((link) => ({
      recordType: link.recordType as LinkableType,
      recordId: link.recordId,
      name: link.name ?? '',
    })),
  };
}

function assigneeOf(value: string | null): AssigneeInput | null {
  if (!value) return null;
  const [kind, id = ''] = value.split(':');
  return kind === 'team' ? { teamId: id } : { userId: id };
}

const directionOf = (values: ActivityFormValues) =>
  DIRECTED_TYPES.includes(values.type) ? values.direction : null;
const linksOf = (values: ActivityFormValues) =>
  values.links.map(({ recordType, recordId }) => ({ recordType, recordId }));

export function createPayload(values: ActivityFormValues): CreateActivityInput {
  return {
    type: values.type,
    noteTypeId: values.noteTypeId,
    direction: directionOf(values),
    subject: values.subject.trim(),
    body: values.body,
    occurredAt: parseDateTimeInput(values.occurredAt) ?? undefined,
    status: values.open ? 'open' : 'done',
    dueAt: values.open ? (parseDateTimeInput(values.dueAt) ?? null) : null,
    assignee: values.open ? assigneeOf(values.assignee) : null,
    pinned: values.pinned,
    links: linksOf(values),
  };
}

export function updatePayload(values: ActivityFormValues, version: number): UpdateActivityInput {
  return {
    version,
    noteTypeId: values.noteTypeId,
    direction: directionOf(values),
    subject: values.subject.trim(),
    body: values.body,
    occurredAt: parseDateTimeInput(values.occurredAt) ?? undefined,
    links: linksOf(values),
  };
}
