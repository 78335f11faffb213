import { UNREAD_COUNT_CAP } from '@kontor/domain/notifications';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  type BrowserSession,
  createTestApp,
  setupAdmin,
  type TestApp,
  testConfig,
  testEngine,
  userWithRole,
} from '../../../test/harness.js';
import { buildApp } from '../../app.js';
import { type DatabaseHandle, openDatabase } from '../../platform/db/connection.js';
import { RecordDirectory } from '../../platform/records/record-directory.js';
import { NotificationService } from './service.js';
import { insertEntry, recordingPublisher } from './testing.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

describe('due follow-ups', () => {
  let t: TestApp;
  let admin: BrowserSession;
  let extra: DatabaseHandle | undefined;
  let second: FastifyInstance | undefined;

  beforeEach(async () => {
    // The app's own timer stays out of the way: the tests run the check themselves.
    t = await createTestApp({ config: { dueCheckSeconds: 3600 } });
    admin = await setupAdmin(t.app);
  });
  afterEach(async () => {
    await second?.close();
    await extra?.close();
    second = undefined;
    extra = undefined;
    await t.close();
  });

  const service = (db = t.database.db) => {
    const live = recordingPublisher();
    return { live, notifications: new NotificationService(db, new RecordDirectory(), live) };
  };
  const rows = () => t.database.db.selectFrom('notifications').selectAll().execute();
  const team = async (memberIds: string[]) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/teams',
        headers: as(admin),
        payload: { name: `Team ${Math.random()}`, memberIds },
      })
    ).json() as { id: string };

  it('tells the assignee of each due entry once, and leaves done, deleted and later entries alone', async () => {
    const due = await insertEntry(t.database.db, {
      dueAt: ago(5),
      ownerId: admin.userId,
      assigneeUserId: admin.userId,
    });
    await insertEntry(t.database.db, {
      dueAt: ago(5),
      ownerId: admin.userId,
      assigneeUserId: admin.userId,
      status: 'done',
    });
    await insertEntry(t.database.db, {
      dueAt: ago(5),
      ownerId: admin.userId,
      assigneeUserId: admin.userId,
      deletedAt: ago(1),
    });
    const later = await insertEntry(t.database.db, {
      dueAt: new Date(NOW.getTime() + 60_000).toISOString(),
      ownerId: admin.userId,
      assigneeUserId: admin.userId,
    });
    const { notifications, live } = service();

    expect(await notifications.checkDue(NOW)).toBe(1);
    expect(await notifications.checkDue(NOW)).toBe(0);
    expect(await rows()).toEqual([
      expect.objectContaining({ user_id: admin.userId, kind: 'due', activity_id: due, about: ago(5) }),
    ]);
    expect(live.events).toEqual([
      {
        topic: 'notification.created',
        audience: { kind: 'user', userId: admin.userId },
        data: expect.objectContaining({ kind: 'due', activityId: due }),
      },
    ]);

    expect(await notifications.checkDue(new Date(NOW.getTime() + 120_000))).toBe(1);
    expect((await rows()).map((row) => row.activity_id).sort()).toEqual([due, later].sort());
  });

  it('tells each member of an assignee team, and only users who may read entries', async () => {
    const sales = await userWithRole(t.app, admin, 'sales');
    const entry = await insertEntry(t.database.db, {
      dueAt: ago(1),
      ownerId: admin.userId,
      assigneeTeamId: (await team([admin.userId, sales.userId])).id,
    });
    // The sales role loses the right to read entries: its member is left out.
    await t.database.db
      .updateTable('roles')
      .set({ permissions: '["contacts.read"]' })
      .where('key', '=', 'sales')
      .execute();
    await service().notifications.checkDue(NOW);
    expect((await rows()).map((row) => [row.user_id, row.activity_id])).toEqual([[admin.userId, entry]]);
  });

  it('tells an entry rescheduled after it was told again when it falls due again', async () => {
    const entry = await insertEntry(t.database.db, {
      dueAt: ago(10),
      ownerId: admin.userId,
      assigneeUserId: admin.userId,
    });
    const { notifications } = service();
    await notifications.checkDue(NOW);
    // What the activities service does on reschedule: a new due date, not told yet.
    await t.database.db
      .updateTable('activities')
      .set({ due_at: ago(2), due_notified_at: null })
      .where('id', '=', entry)
      .execute();
    expect(await notifications.checkDue(NOW)).toBe(1);
    expect((await rows()).map((row) => row.about).sort()).toEqual([ago(10), ago(2)]);
  });

  it('counts unread notifications up to the cap the bell shows as "99+"', async () => {
    for (let i = 0; i < UNREAD_COUNT_CAP + 5; i++) {
      await insertEntry(t.database.db, {
        dueAt: ago(1),
        ownerId: admin.userId,
        assigneeUserId: admin.userId,
      });
    }
    expect(await service().notifications.checkDue(NOW)).toBe(UNREAD_COUNT_CAP + 5);
    const count = await t.app.inject({ url: '/api/notifications/unread-count', headers: as(admin) });
    expect(count.json()).toEqual({ count: UNREAD_COUNT_CAP });
  });

  it('claims each entry exactly once while several checks run at the same time', async () => {
    const count = 450;
    for (let i = 0; i < count; i++) {
      await insertEntry(t.database.db, {
        dueAt: ago(i % 60),
        ownerId: admin.userId,
        assigneeUserId: admin.userId,
      });
    }
    // On PostgreSQL a second server instance with its own pool of connections to the same
    // database; SQLite is one file for one server, whose checks overlap only within it.
    const instances = [t.app];
    if (testEngine() === 'postgres') {
      const url = (t.database as DatabaseHandle & { url?: string }).url as string;
      extra = openDatabase({ engine: 'postgres', url });
      second = await buildApp(testConfig({ dueCheckSeconds: 3600 }), { database: extra });
      instances.push(second);
    }
    const runs = Array.from({ length: 12 }, (_, i) =>
      instances[i % instances.length]?.notifications.checkDue(NOW),
    );
    const claimed = await Promise.all(runs);

    expect(claimed.reduce((sum: number, n) => sum + (n ?? 0), 0)).toBe(count);
    const told = await rows();
    expect(told).toHaveLength(count);
    expect(new Set(told.map((row) => row.activity_id)).size).toBe(count);
    const published = await t.database.db
      .selectFrom('live_events')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('topic', '=', 'notification.created')
      .executeTakeFirstOrThrow();
    expect(Number(published.count)).toBe(count);
  });
});
