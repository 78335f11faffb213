import type { Kysely } from 'kysely';
import { linkableActivity } from '../modules/activities/linkable.js';
import { ActivityRecorder } from '../modules/activities/recorder.js';
import { linkableContact } from '../modules/contacts/linkable.js';
import { NotificationService } from '../modules/notifications/service.js';
import { linkableOrganization } from '../modules/organizations/linkable.js';
import type { Engine } from '../platform/db/connection.js';
import type { Database } from '../platform/db/schema.js';
import { EventBus } from '../platform/events/bus.js';
import { LiveOutbox } from '../platform/live/outbox.js';
import type { LivePublisher } from '../platform/live/types.js';
import { RecordDirectory } from '../platform/records/record-directory.js';
import { DEMO_ENTRIES } from './seed-demo-activities-entries.js';

const DAY = 24 * 3600 * 1000;
const DOMAIN = '@muster-maschinenbau.de';

/**
 * The demo company's history with its customers (A1–A6): calls, e-mails, visits, meetings and
 * notes over the past months, a few pinned, and open follow-ups for the demo users. Written
 * through the ActivityRecorder, so rich text is sanitised and keys, links and notifications are
 * kept as for any entry. Idempotent: nothing happens once a demo user has entries.
 */
export async function seedDemoActivities(db: Kysely<Database>, engine: Engine): Promise<number> {
  const users = new Map(
    (await db.selectFrom('users').select(['id', 'email']).where('email', 'like', `%${DOMAIN}`).execute()).map(
      (u) => [u.email.slice(0, -DOMAIN.length), u.id],
    ),
  );
  const authorIds = [...new Set(DEMO_ENTRIES.map((entry) => users.get(entry.by)))].filter(
    (id): id is string => id !== undefined,
  );
  if (authorIds.length === 0) return 0;
  const written = await db
    .selectFrom('activities')
    .select('id')
    .where('created_by', 'in', authorIds)
    .limit(1)
    .executeTakeFirst();
  if (written) return 0;
  const organizations = new Map(
    (await db.selectFrom('organizations').select(['id', 'name']).execute()).map((o) => [o.name, o.id]),
  );
  const contacts = new Map(
    (await db.selectFrom('contacts').select(['id', 'first_name', 'last_name']).execute()).map((c) => [
      `${c.first_name} ${c.last_name}`,
      c.id,
    ]),
  );
  const noteTypes = new Map(
    (await db.selectFrom('activity_note_types').select(['id', 'label_de']).execute()).map((t) => [
      t.label_de,
      t.id,
    ]),
  );
  const outbox = new LiveOutbox(db, engine);
  const live: LivePublisher = { publish: (trx, event) => outbox.insert(trx, event) };
  const events = new EventBus();
  // Follow-ups handed to a colleague reach their bell, as when recorded in the app.
  const records = new RecordDirectory();
  for (const linkable of [linkableOrganization, linkableContact, linkableActivity])
    records.register(linkable);
  new NotificationService(db, records, live).subscribe(events);
  const recorder = new ActivityRecorder(events, live);
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const at = (days: number, hour: number) =>
    new Date(today.getTime() + days * DAY + hour * 3600_000).toISOString();

  let count = 0;
  await db.transaction().execute(async (trx) => {
    for (const entry of DEMO_ENTRIES) {
      const organizationId = organizations.get(entry.organization);
      const author = users.get(entry.by);
      if (!organizationId || !author) continue;
      const contactId = entry.contact ? contacts.get(entry.contact) : undefined;
      const assignee = entry.due ? users.get(entry.due.for ?? entry.by) : undefined;
      await recorder.record(trx, {
        type: entry.type,
        direction: entry.direction ?? null,
        noteTypeId: entry.noteType ? (noteTypes.get(entry.noteType) ?? null) : null,
        subject: entry.subject,
        body: entry.body ?? null,
        occurredAt: at(-entry.daysAgo, entry.hour),
        status: entry.due ? 'open' : 'done',
        // Due at noon UTC: inside the same day in Berlin, whatever the season.
        dueAt: entry.due ? at(entry.due.inDays, 12) : null,
        assignee: assignee ? { userId: assignee } : null,
        links: [
          { recordType: 'organization', recordId: organizationId },
          ...(contactId ? [{ recordType: 'contact', recordId: contactId }] : []),
        ],
        pinned: entry.pinned ?? false,
        createdBy: author,
      });
      count++;
    }
  });
  return count;
}
