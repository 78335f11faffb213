import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { RecordDirectory } from '../../platform/records/record-directory.js';
import { NotificationService } from './service.js';
import { recordingPublisher } from './testing.js';

describe('notifications', () => {
  const env = freshAdminAppPerTest({ config: { dueCheckSeconds: 3600 } });

  const send = (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    session?: BrowserSession,
  ) => env.app.inject({ method, url, headers: as(session ?? env.admin), ...(payload ? { payload } : {}) });
  const get = (url: string, session?: BrowserSession) =>
    env.app.inject({ url, headers: as(session ?? env.admin) });
  const created = async (url: string, payload: object) => {
    const response = await send('POST', url, payload);
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const organization = () => created('/api/organizations', { name: 'Muster GmbH' });
  const entry = async (extra: object) => {
    const org = await organization();
    return created('/api/activities', {
      type: 'task',
      subject: 'Angebot nachfassen',
      links: [{ recordType: 'organization', recordId: org.id }],
      ...extra,
    });
  };
  const openTask = (assignee: object) => entry({ status: 'open', dueAt: hours(24), assignee });
  const items = async (session: BrowserSession, query = '') =>
    (await get(`/api/notifications${query}`, session)).json().items as {
      id: string;
      kind: string;
      subject: string;
      actorName: string | null;
      read: boolean;
      record: { type: string; name: string } | null;
    }[];
  const unread = async (session: BrowserSession) =>
    (await get('/api/notifications/unread-count', session)).json().count as number;

  it('tells a new assignee who assigned what, with the record to open, but not who assigned themselves', async () => {
    const service = await userWithRole(env.app, env.admin, 'service');
    const task = await openTask({ userId: service.userId });
    await entry({ status: 'open', dueAt: hours(2) });

    expect(await items(service)).toEqual([
      expect.objectContaining({
        kind: 'assigned',
        activityId: task.id,
        subject: 'Angebot nachfassen',
        actorName: 'Ada Admin',
        record: { type: 'organization', id: task.links[0].recordId, name: 'Muster GmbH' },
        dueAt: null,
        read: false,
      }),
    ]);
    expect(await unread(service)).toBe(1);
    // The admin's own open entry is assigned to them by themselves: nothing to tell.
    expect(await items(env.admin)).toEqual([]);
  });

  it('tells each member of an assignee team except the one who assigned it, also on reassignment', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const service = await userWithRole(env.app, env.admin, 'service');
    const team = await created('/api/teams', {
      name: 'Vertrieb Nord',
      memberIds: [env.admin.userId, sales.userId, service.userId],
    });
    const task = await openTask({ teamId: team.id });
    expect((await items(sales)).map((n) => n.kind)).toEqual(['assigned']);
    expect((await items(service)).map((n) => n.kind)).toEqual(['assigned']);
    expect(await items(env.admin)).toEqual([]);

    // Changing the entry otherwise tells nobody again; handing it to one person tells that one.
    const renamed = await send('PATCH', `/api/activities/${task.id}`, {
      version: task.version,
      subject: 'Neu',
    });
    expect(await unread(sales)).toBe(1);
    await send('POST', `/api/notifications/read-all`, undefined, sales);
    await send('POST', `/api/activities/${task.id}/reassign`, {
      version: renamed.json().version,
      assignee: { userId: sales.userId },
    });
    expect(await items(sales)).toEqual([
      expect.objectContaining({ kind: 'assigned', subject: 'Neu', read: false }),
    ]);
    expect(await unread(service)).toBe(1);
  });

  it('tells users newly mentioned in a note who may see it, and no one else', async () => {
    const service = await userWithRole(env.app, env.admin, 'service');
    // Sales sees only its own and its teams' records: the admin's note is out of its sight.
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const note = await entry({
      type: 'note',
      body: '<p>@Test service bitte prüfen, @test SALES zur Info, @Ada Admin</p>',
    });
    expect(await items(service)).toEqual([
      expect.objectContaining({ kind: 'mention', activityId: note.id, actorName: 'Ada Admin' }),
    ]);
    expect(await items(sales)).toEqual([]);
    expect(await items(env.admin)).toEqual([]);

    // Mentioned again in a change: not news. Newly mentioned through the editor's span: told.
    const manager = await userWithRole(env.app, env.admin, 'manager');
    await send('PATCH', `/api/activities/${note.id}`, {
      version: note.version,
      body: `<p>@Test service, <span data-mention="${manager.userId}">Manager</span></p>`,
    });
    expect((await items(service)).length).toBe(1);
    expect((await items(manager)).map((n) => n.kind)).toEqual(['mention']);
  });

  it('lets users read and mark only their own notifications', async () => {
    const service = await userWithRole(env.app, env.admin, 'service');
    const sales = await userWithRole(env.app, env.admin, 'sales');
    await openTask({ userId: service.userId });
    await openTask({ userId: sales.userId });
    const [mine] = await items(service);
    const id = mine?.id as string;

    expect((await send('POST', `/api/notifications/${id}/read`, undefined, sales)).statusCode).toBe(404);
    expect((await send('POST', `/api/notifications/read-all`, undefined, env.admin)).json()).toEqual({
      count: 0,
    });
    expect(await unread(service)).toBe(1);
    expect(await unread(sales)).toBe(1);

    expect((await send('POST', `/api/notifications/${id}/read`, undefined, service)).statusCode).toBe(204);
    expect((await send('POST', `/api/notifications/${id}/read`, undefined, service)).statusCode).toBe(204);
    expect(await unread(service)).toBe(0);
    expect(await items(service)).toEqual([expect.objectContaining({ id, read: true })]);
    expect(await items(service, '?unread=true')).toEqual([]);
    expect((await send('POST', `/api/notifications/read-all`, undefined, sales)).json()).toEqual({
      count: 1,
    });
    expect(await unread(sales)).toBe(0);
    expect((await send('POST', '/api/notifications/nope/read', undefined, service)).json()).toMatchObject({
      status: 404,
      detail: 'Diese Benachrichtigung gibt es nicht.',
    });
  });

  it('pages newest first and refuses a forged cursor', async () => {
    const service = await userWithRole(env.app, env.admin, 'service');
    for (const subject of ['eins', 'zwei', 'drei']) {
      await entry({ subject, status: 'open', dueAt: hours(1), assignee: { userId: service.userId } });
    }
    const first = (await get('/api/notifications?limit=2', service)).json();
    expect(first.items.map((n: { subject: string }) => n.subject)).toEqual(['drei', 'zwei']);
    const second = (await get(`/api/notifications?limit=2&cursor=${first.nextCursor}`, service)).json();
    expect(second).toEqual({ items: [expect.objectContaining({ subject: 'eins' })], nextCursor: null });
    expect((await get('/api/notifications?cursor=kaputt', service)).statusCode).toBe(400);
    expect((await get('/api/notifications?unread=ja', service)).statusCode).toBe(400);
    expect((await env.app.inject({ url: '/api/notifications' })).statusCode).toBe(401);
  });

  it('hides notifications of deleted entries, records out of sight, and all from who may not read entries', async () => {
    const service = await userWithRole(env.app, env.admin, 'service');
    const task = await openTask({ userId: service.userId });
    expect(await unread(service)).toBe(1);
    await send('DELETE', `/api/activities/${task.id}`);
    expect(await unread(service)).toBe(0);
    expect(await items(service)).toEqual([]);

    // Sales sees the entry assigned to it, not the admin's organisation it is linked to.
    const sales = await userWithRole(env.app, env.admin, 'sales');
    await openTask({ userId: sales.userId });
    expect(await items(sales)).toEqual([
      expect.objectContaining({ subject: 'Angebot nachfassen', record: null }),
    ]);

    // A role that loses the right to read entries loses their notifications with it.
    await env.database.db
      .updateTable('roles')
      .set({ permissions: '["organizations.read"]' })
      .where('key', '=', 'sales')
      .execute();
    expect(await items(sales)).toEqual([]);
    expect(await unread(sales)).toBe(0);
  });

  it('tells the assignee once an entry recorded through the API falls due, and again after a reschedule', async () => {
    const task = await entry({ status: 'open', dueAt: hours(-1) });
    const notifications = new NotificationService(
      env.database.db,
      new RecordDirectory(),
      recordingPublisher(),
    );
    expect(await notifications.checkDue()).toBe(1);
    expect(await notifications.checkDue()).toBe(0);
    expect(await items(env.admin)).toEqual([expect.objectContaining({ kind: 'due', dueAt: task.dueAt })]);

    await send('POST', `/api/activities/${task.id}/reschedule`, {
      version: task.version,
      dueAt: hours(-0.5),
    });
    expect(await notifications.checkDue()).toBe(1);
    expect((await items(env.admin)).map((n) => n.kind)).toEqual(['due', 'due']);
  });
});
