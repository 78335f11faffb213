// One generated activity entry and its links, as the ActivityRecorder would write them: folded
// subject and text keys, the entry's date, pin and deletion copied onto every link.
import { foldGerman } from '@kontor/domain/normalize';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import type { ActivityTable } from './activity-tables.ts';
import { MONTHS, OUTCOMES, PRODUCTS, SENTENCES, SUBJECTS } from './activity-texts.ts';
import { type Random, Weighted } from './random.ts';
import type { Value } from './tables.ts';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** Share of entries by type (A1) for done entries, and for open ones (mostly tasks and calls). */
const DONE_TYPES = new Weighted(
  ['call', 'email', 'note', 'meeting', 'visit', 'task', 'system', 'document', 'letter', 'presentation'],
  1.1,
);
const OPEN_TYPES = new Weighted(['task', 'call', 'email', 'meeting'], 1.2);
const SYSTEM_KEYS = ['quotation.sent', 'order.created', 'invoice.paid'];
/** The note types migration 0010 ships, by the type and direction they fit. */
const NOTE_TYPES: Record<string, readonly string[]> = {
  'call:in': ['00000000-0000-7000-8000-000000000001'],
  'call:out': ['00000000-0000-7000-8000-000000000002', '00000000-0000-7000-8000-000000000003'],
  'email:in': ['00000000-0000-7000-8000-000000000004'],
  visit: ['00000000-0000-7000-8000-000000000005'],
  note: ['00000000-0000-7000-8000-000000000006'],
};

export interface LinkTarget {
  contactId: string;
  /** The contact's current organisation, if any. */
  organizationId: string | null;
}

export interface EntryPlan {
  occurredAt: number;
  links: { recordType: 'organization' | 'contact' | 'lead'; recordId: string }[];
  pinned: boolean;
  /** A done entry of this type and direction (the report data's calls and e-mails with leads); drawn when absent. */
  kind?: { type: 'call' | 'email'; direction: 'in' | 'out' };
}

export interface ActivityRowsOptions {
  random: Random;
  add: (table: ActivityTable, row: Value[]) => void;
  userIds: readonly string[];
  now: number;
  openShare: number;
  deletedShare: number;
}

/** Writes entries through `add`; returns whether the entry is open, for the caller's counts. */
export function activityRows(options: ActivityRowsOptions) {
  const { random, add, userIds, now } = options;
  // Some colleagues write far more than others.
  const users = new Weighted(userIds, 0.9);
  const fill = (template: string) =>
    template
      .replace('{p}', random.pick(PRODUCTS))
      .replace('{n}', String(random.int(1, 52 * 100)))
      .replace('{m}', random.pick(MONTHS));

  return (plan: EntryPlan): boolean => {
    const open = !plan.kind && random.chance(options.openShare);
    const type = plan.kind?.type ?? (open ? OPEN_TYPES : DONE_TYPES).pick(random);
    const direction = plan.kind
      ? plan.kind.direction
      : type === 'call' || type === 'email' || type === 'letter'
        ? open
          ? 'out'
          : random.chance(0.55)
            ? 'out'
            : 'in'
        : null;
    const kind = direction ? `${type}:${direction}` : type;
    const subject = fill(random.pick(SUBJECTS[kind] ?? SUBJECTS.note ?? []));
    const noteTypes = NOTE_TYPES[kind];
    const noteTypeId = noteTypes && random.chance(0.6) ? random.pick(noteTypes) : null;
    const sentences =
      type === 'system' || type === 'document' || !random.chance(0.45)
        ? []
        : Array.from({ length: random.int(1, 3) }, () => random.pick(SENTENCES));
    const body = sentences.length === 0 ? null : sentences.map((s) => `<p>${s}</p>`).join('');
    const system = type === 'system';
    const creator = system ? null : users.pick(random);
    const occurred = new Date(plan.occurredAt).toISOString();
    const created = new Date(Math.min(now, plan.occurredAt + random.next() * 2 * HOUR)).toISOString();
    const dueMs = open ? plan.occurredAt + random.int(1, 21) * DAY : null;
    const due = dueMs === null ? null : new Date(dueMs).toISOString();
    // Past due dates were told to their assignee already: the due job would otherwise claim them all.
    const dueNotified = dueMs !== null && dueMs <= now ? due : null;
    const assignee = open ? (random.chance(0.8) ? creator : users.pick(random)) : null;
    const deleted = !plan.pinned && random.chance(options.deletedShare);
    const deletedAt = deleted
      ? new Date(Math.min(now, Date.parse(created) + random.next() * 30 * DAY)).toISOString()
      : null;
    const id = newId();
    add('activities', [
      id,
      type,
      direction,
      noteTypeId,
      subject,
      foldGerman(subject),
      // textKey(): the folded subject and the note's plain text (paragraphs joined by a space).
      foldGerman(`${subject} ${sentences.join(' ')}`).slice(0, 4000),
      body,
      occurred,
      open ? 'open' : 'done',
      due,
      dueNotified,
      assignee,
      null,
      !open && type === 'task' && random.chance(0.5) ? random.pick(OUTCOMES) : null,
      open ? null : created,
      open ? null : creator,
      Number(plan.pinned),
      system ? random.pick(SYSTEM_KEYS) : null,
      null,
      creator,
      creator,
      created,
      created,
      1,
      deletedAt,
      deleted ? creator : null,
    ]);
    for (const link of plan.links)
      add('activity_links', [
        id,
        link.recordType,
        link.recordId,
        occurred,
        Number(plan.pinned),
        Number(deleted),
      ]);
    return open;
  };
}
