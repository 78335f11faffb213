import { ACTIVITY } from '@kontor/domain/activities';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { ACTIVITY_COLUMNS } from './columns.js';

describe('activities', () => {
  const env = freshAdminAppPerTest();

  const send = (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    session?: BrowserSession,
  ) => env.app.inject({ method, url, headers: as(session ?? env.admin), ...(payload ? { payload } : {}) });
  const get = (url: string, session?: BrowserSession) =>
    env.app.inject({ url, headers: as(session ?? env.admin) });
  const created = async (url: string, payload: object, session?: BrowserSession) => {
    const response = await send('POST', url, payload, session);
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const organization = (name: string, extra: object = {}) =>
    created('/api/organizations', { name, ...extra });
  const contactAt = (lastName: string, organizationId: string) =>
    created('/api/contacts', { lastName, employments: [{ organizationId }] });
  const note = (
    links: { recordType: string; recordId: string }[],
    extra: object = {},
    session?: BrowserSession,
  ) => created('/api/activities', { type: 'note', subject: 'Notiz', links, ...extra }, session);
  const subjects = (items: { subject: string }[]) => items.map((item) => item.subject);
  const problem = (response: { json(): { type: string } }) =>
    response.json().type.replace('urn:kontor:problem:', '');

  it('declares a SQL column for every field of the overview', () => {
    expect(Object.keys(ACTIVITY_COLUMNS).sort()).toEqual(ACTIVITY.fields.map((f) => f.key).sort());
  });

  it('shows a call on its contact, the organisation and the parent organisation (A4)', async () => {
    const parent = await organization('Holding AG');
    const child = await organization('Tochter GmbH', { parentId: parent.id });
    const contact = await contactAt('Schneider', child.id);
    const other = await organization('Fremd GmbH');
    const call = await created('/api/activities', {
      type: 'call',
      direction: 'in',
      subject: 'Rückruf wegen Angebot',
      body: '<p>Kunde fragt nach <strong>Lieferzeit</strong><script>alert(1)</script></p>',
      links: [{ recordType: 'contact', recordId: contact.id }],
    });
    expect(call).toMatchObject({
      type: 'call',
      direction: 'in',
      status: 'done',
      body: '<p>Kunde fragt nach <strong>Lieferzeit</strong></p>',
      links: [{ recordType: 'contact', recordId: contact.id, name: 'Schneider' }],
    });
    for (const [type, id] of [
      ['contact', contact.id],
      ['organization', child.id],
      ['organization', parent.id],
    ]) {
      const timeline = (await get(`/api/records/${type}/${id}/timeline`)).json();
      expect(subjects(timeline.recent), `${type} ${id}`).toEqual(['Rückruf wegen Angebot']);
    }
    expect((await get(`/api/records/organization/${other.id}/timeline`)).json().recent).toEqual([]);
    // Linked to both the contact and its company, it still shows once at the company.
    await note([
      { recordType: 'contact', recordId: contact.id },
      { recordType: 'organization', recordId: child.id },
    ]);
    expect(subjects((await get(`/api/records/organization/${parent.id}/timeline`)).json().recent)).toEqual([
      'Notiz',
      'Rückruf wegen Angebot',
    ]);
    const all = (await get(`/api/records/organization/${parent.id}/activities`)).json();
    expect(all.items).toHaveLength(2);
  });

  it('refuses links to missing, hidden or repeated records and entries without links', async () => {
    const org = await organization('Muster GmbH');
    const link = { recordType: 'organization', recordId: org.id };
    for (const [links, code] of [
      [[{ recordType: 'organization', recordId: 'nope' }], 'activity-link-invalid'],
      [[{ recordType: 'lead', recordId: org.id }], 'activity-link-invalid'],
      [[link, link], 'validation-error'],
      [[], 'validation-error'],
      [[{ recordType: 'users', recordId: org.id }], 'validation-error'],
    ] as const) {
      const response = await send('POST', '/api/activities', { type: 'note', subject: 'x', links });
      expect(response.statusCode, JSON.stringify(links)).toBe(400);
      expect(problem(response)).toBe(code);
    }
    // A sales user (team visibility) cannot link to an organisation owned by an admin outside their teams.
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const hidden = await send(
      'POST',
      '/api/activities',
      { type: 'note', subject: 'x', links: [link] },
      sales,
    );
    expect(problem(hidden)).toBe('activity-link-invalid');
    expect((await get('/api/activities')).json().items).toEqual([]);
  });

  it('validates direction, due date, assignee and note type with clear problems', async () => {
    const org = await organization('Muster GmbH');
    const links = [{ recordType: 'organization', recordId: org.id }];
    const cases: [object, string][] = [
      [{ type: 'note', direction: 'in' }, 'activity-direction-not-applicable'],
      [{ type: 'task', status: 'open' }, 'activity-due-required'],
      [
        { type: 'task', status: 'open', dueAt: '2026-12-01T09:00:00Z', assignee: { userId: 'x' } },
        'activity-assignee-invalid',
      ],
      [{ type: 'call', noteTypeId: 'missing' }, 'activity-note-type-invalid'],
      [{ type: 'system' }, 'validation-error'],
      [{ type: 'note', occurredAt: 'gestern' }, 'validation-error'],
      [{ type: 'note', body: 5 }, 'validation-error'],
    ];
    for (const [extra, code] of cases) {
      const response = await send('POST', '/api/activities', { subject: 'x', links, ...extra });
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
      expect(problem(response), JSON.stringify(extra)).toBe(code);
    }
    const types = (await get('/api/activity-note-types')).json().items;
    expect(types[0].label.de).toBe('Kunde hat bei uns angerufen');
    const withType = await note(links, { type: 'call', direction: 'in', noteTypeId: types[0].id });
    expect(withType.noteTypeLabel).toBe('Kunde hat bei uns angerufen');
  });

  it('pins: the 10 newest pinned on top in entry-date order, then the 10 newest others (A5)', async () => {
    const org = await organization('Muster GmbH');
    const links = [{ recordType: 'organization', recordId: org.id }];
    const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T10:00:00.000Z`;
    for (let n = 1; n <= 11; n++)
      await note(links, { subject: `pin ${n}`, pinned: true, occurredAt: day(n) });
    for (let n = 12; n <= 23; n++) await note(links, { subject: `note ${n}`, occurredAt: day(n) });
    const timeline = (await get(`/api/records/organization/${org.id}/timeline`)).json();
    expect(subjects(timeline.pinned)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((n) => `pin ${n}`));
    expect(subjects(timeline.recent)).toEqual(
      [23, 22, 21, 20, 19, 18, 17, 16, 15, 14].map((n) => `note ${n}`),
    );
    expect(timeline.hasMore).toBe(true);

    // Unpinning ("unsticky") returns an entry to the list; pinning needs no version.
    const newestPinned = timeline.pinned[0];
    const unpinned = await send('POST', `/api/activities/${newestPinned.id}/pin`, { pinned: false });
    expect(unpinned.json()).toMatchObject({ pinned: false, version: newestPinned.version });
    const after = (await get(`/api/records/organization/${org.id}/timeline`)).json();
    expect(subjects(after.pinned)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => `pin ${n}`));
    expect(after.hasMore).toBe(true);
    const older = (await get(`/api/records/organization/${org.id}/activities?limit=200`)).json().items;
    expect(subjects(older)).toContain('pin 11');
  });

  it('keeps every edit in the history, answers a stale edit with 409 and sanitises edits too', async () => {
    const org = await organization('Muster GmbH');
    const entry = await note([{ recordType: 'organization', recordId: org.id }]);
    const edited = await send('PATCH', `/api/activities/${entry.id}`, {
      version: entry.version,
      subject: 'Neuer Betreff',
      body: '<p onclick="x()">Text<iframe src="https://evil.example"></iframe></p>',
    });
    expect(edited.json()).toMatchObject({
      subject: 'Neuer Betreff',
      body: '<p>Text</p>',
      version: entry.version + 1,
    });
    const stale = await send('PATCH', `/api/activities/${entry.id}`, {
      version: entry.version,
      subject: 'Alt',
    });
    expect(stale.statusCode).toBe(409);
    const history = (await get(`/api/activities/${entry.id}/history`)).json().items;
    expect(history.map((h: { field: string }) => h.field).sort()).toEqual(['body', 'subject']);
    expect(history.find((h: { field: string }) => h.field === 'subject')).toMatchObject({
      oldValue: 'Notiz',
      newValue: 'Neuer Betreff',
    });
  });

  it('deletes softly: gone from lists and timelines, restorable by an admin only (X4)', async () => {
    const org = await organization('Muster GmbH');
    const entry = await note([{ recordType: 'organization', recordId: org.id }]);
    const manager = await userWithRole(env.app, env.admin, 'manager');
    expect((await send('DELETE', `/api/activities/${entry.id}`, undefined, manager)).statusCode).toBe(204);
    expect((await get(`/api/records/organization/${org.id}/timeline`)).json().recent).toEqual([]);
    expect((await get('/api/activities')).json().items).toEqual([]);
    expect((await get(`/api/activities/${entry.id}`, manager)).statusCode).toBe(404);
    expect((await get('/api/activities/deleted', manager)).statusCode).toBe(403);
    expect((await send('POST', `/api/activities/${entry.id}/restore`, undefined, manager)).statusCode).toBe(
      403,
    );
    expect(subjects((await get('/api/activities/deleted')).json().items)).toEqual(['Notiz']);
    const restored = await send('POST', `/api/activities/${entry.id}/restore`);
    expect(restored.json()).toMatchObject({ deletedAt: null });
    expect(subjects((await get(`/api/records/organization/${org.id}/timeline`)).json().recent)).toEqual([
      'Notiz',
    ]);
    const fields = (await get(`/api/activities/${entry.id}/history`))
      .json()
      .items.map((h: { field: string }) => h.field);
    expect(fields).toEqual(['deleted', 'deleted']);
    expect((await send('POST', `/api/activities/${entry.id}/restore`)).statusCode).toBe(404);
  });

  it("groups my follow-ups and my teams' into overdue, today and upcoming; done ones leave (A2, A3)", async () => {
    const org = await organization('Muster GmbH');
    const links = [{ recordType: 'organization', recordId: org.id }];
    const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const task = (subject: string, dueAt: string, extra: object = {}) =>
      created('/api/activities', { type: 'task', status: 'open', subject, dueAt, links, ...extra });
    const overdue = await task('überfällig', hours(-72));
    await task('später', hours(24 * 5));
    const team = await created('/api/teams', { name: 'Vertrieb Nord', memberIds: [env.admin.userId] });
    await task('für das Team', hours(24 * 6), { assignee: { teamId: team.id } });
    const sales = await userWithRole(env.app, env.admin, 'sales');
    await task('für Sales', hours(-72), { assignee: { userId: sales.userId } });

    const mine = (await get('/api/follow-ups')).json();
    expect(subjects(mine.overdue)).toEqual(['überfällig']);
    expect(subjects(mine.upcoming)).toEqual(['später', 'für das Team']);
    expect(subjects((await get('/api/follow-ups?scope=teams')).json().upcoming)).toEqual(['für das Team']);
    // The sales user sees the task assigned to them, though its owner is outside their sight.
    expect(subjects((await get('/api/follow-ups', sales)).json().overdue)).toEqual(['für Sales']);

    const done = await send('POST', `/api/activities/${overdue.id}/complete`, {
      version: overdue.version,
      outcome: 'Erledigt am Telefon',
    });
    expect(done.json()).toMatchObject({ status: 'done', outcome: 'Erledigt am Telefon' });
    expect(
      (await send('POST', `/api/activities/${overdue.id}/complete`, { version: done.json().version }))
        .statusCode,
    ).toBe(409);
    expect((await get('/api/follow-ups')).json().overdue).toEqual([]);

    const reopened = await send('POST', `/api/activities/${overdue.id}/reopen`, {
      version: done.json().version,
      dueAt: hours(1),
    });
    expect(reopened.json()).toMatchObject({ status: 'open', assigneeUserId: env.admin.userId });
    const moved = await send('POST', `/api/activities/${overdue.id}/reschedule`, {
      version: reopened.json().version,
      dueAt: hours(24 * 9),
    });
    const handed = await send('POST', `/api/activities/${overdue.id}/reassign`, {
      version: moved.json().version,
      assignee: { userId: sales.userId },
    });
    expect(handed.json()).toMatchObject({ assigneeUserId: sales.userId, assigneeUserName: 'Test sales' });
    expect(subjects((await get('/api/follow-ups', sales)).json().upcoming)).toEqual(['überfällig']);
  });

  it('shows the 50 follow-ups due first per group and says there are more', async () => {
    const org = await organization('Muster GmbH');
    const links = [{ recordType: 'organization', recordId: org.id }];
    for (let n = 0; n < 51; n++) {
      const dueAt = new Date(Date.UTC(2026, 0, 1, 8, n)).toISOString();
      await created('/api/activities', {
        type: 'task',
        status: 'open',
        subject: `Aufgabe ${n}`,
        dueAt,
        links,
      });
    }
    const followUps = (await get('/api/follow-ups')).json();
    expect(followUps.overdue).toHaveLength(50);
    expect(followUps.overdue[0].subject).toBe('Aufgabe 0');
    expect(followUps.more).toEqual({ overdue: true, today: false, upcoming: false });
  });

  it('filters the overview with the filter language and finds words in the note text (A7)', async () => {
    const org = await organization('Müller & Söhne GmbH');
    const links = [{ recordType: 'organization', recordId: org.id }];
    await note(links, { type: 'call', subject: 'Anruf März', occurredAt: '2019-03-05T10:00:00Z' });
    await note(links, {
      subject: 'Notiz April',
      occurredAt: '2019-04-02T10:00:00Z',
      body: '<p>Preise für Glühbirnen</p>',
    });
    const list = async (query: string) => subjects((await get(`/api/activities?${query}`)).json().items);
    expect(await list('')).toEqual(['Notiz April', 'Anruf März']);
    expect(await list(`filter[occurredAt]=${encodeURIComponent('>=1.3.2019&<1.4.2019')}`)).toEqual([
      'Anruf März',
    ]);
    expect(await list('filter[type]=Telefonat')).toEqual(['Anruf März']);
    expect(await list('filter[text]=glühbirne')).toEqual(['Notiz April']);
    expect(await list(`filter[linkedName]=${encodeURIComponent('Müller*')}`)).toHaveLength(2);
    expect(await list('filter[creatorName]=Ada*')).toHaveLength(2);
    expect(await list('sort=occurredAt')).toEqual(['Anruf März', 'Notiz April']);
    const bad = await get(`/api/activities?filter[occurredAt]=${encodeURIComponent('>=32.13.2019')}`);
    expect(bad.statusCode).toBe(400);
  });

  it('exports the overview as CSV with the names of creator and linked records', async () => {
    const org = await organization('Müller & Söhne GmbH');
    await note([{ recordType: 'organization', recordId: org.id }], {
      body: '<p>Preise &amp; Lieferzeit</p>',
    });
    const csv = await get('/api/activities/export?format=csv&cols=subject,linkedName,creatorName,text');
    expect(csv.statusCode).toBe(200);
    const [, row] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(row).toBe('Notiz;Müller & Söhne GmbH;Ada Admin;Preise & Lieferzeit');
  });

  it('moves links to the kept record on a merge and drops them when a record is deleted', async () => {
    const kept = await organization('Muster GmbH');
    const merged = await organization('Muster G.m.b.H.');
    const both = await note([
      { recordType: 'organization', recordId: kept.id },
      { recordType: 'organization', recordId: merged.id },
    ]);
    await note([{ recordType: 'organization', recordId: merged.id }], { subject: 'nur beim Duplikat' });
    const merge = await send('POST', '/api/organizations/merge', {
      keepId: kept.id,
      keepVersion: kept.version,
      mergeId: merged.id,
      mergeVersion: merged.version,
    });
    expect(merge.statusCode).toBe(200);
    expect(
      subjects((await get(`/api/records/organization/${kept.id}/timeline`)).json().recent).sort(),
    ).toEqual(['Notiz', 'nur beim Duplikat']);
    expect((await get(`/api/activities/${both.id}`)).json().links).toHaveLength(1);

    expect((await send('DELETE', `/api/organizations/${kept.id}`)).statusCode).toBe(204);
    expect((await get(`/api/activities/${both.id}`)).json().links).toEqual([]);
    expect((await get(`/api/records/organization/${kept.id}/timeline`)).statusCode).toBe(404);
  });

  it("shows entries by their owner's visibility and hides names of records the reader may not see", async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const own = await created('/api/organizations', { name: 'Eigene GmbH' }, sales);
    const adminOrg = await organization('Fremde GmbH');
    const entry = await note(
      [
        { recordType: 'organization', recordId: own.id },
        { recordType: 'organization', recordId: adminOrg.id },
      ],
      { subject: 'vom Admin' },
    );
    // Written by the admin, so outside the sales user's sight, even on their own organisation.
    expect((await get(`/api/records/organization/${own.id}/timeline`, sales)).json().recent).toEqual([]);
    expect((await get(`/api/activities/${entry.id}`, sales)).statusCode).toBe(404);
    const theirs = await note(
      [{ recordType: 'organization', recordId: own.id }],
      { subject: 'von Sales' },
      sales,
    );
    expect(
      subjects((await get(`/api/records/organization/${own.id}/timeline`, sales)).json().recent),
    ).toEqual(['von Sales']);
    // The admin sees both; a record's name shows only to those who may see the record.
    expect((await get(`/api/activities/${theirs.id}`)).json().links[0].name).toBe('Eigene GmbH');
    const readOnly = await userWithRole(env.app, env.admin, 'read-only');
    expect(
      (await send('POST', '/api/activities', { type: 'note', subject: 'x', links: [] }, readOnly)).statusCode,
    ).toBe(403);
  });

  it('lets only admins manage note types; switched-off ones are offered no more', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const input = { label: { de: 'Messegespräch', en: 'Trade fair talk' }, activityType: 'meeting' };
    expect((await send('POST', '/api/activity-note-types', input, sales)).statusCode).toBe(403);
    const type = await created('/api/activity-note-types', input);
    const off = await env.app.inject({
      method: 'PUT',
      url: `/api/activity-note-types/${type.id}`,
      headers: as(env.admin),
      payload: { ...input, active: false },
    });
    expect(off.json().active).toBe(false);
    const offered = (await get('/api/activity-note-types', sales))
      .json()
      .items.map((t: { id: string }) => t.id);
    expect(offered).not.toContain(type.id);
    expect(
      (await get('/api/activity-note-types?all=true')).json().items.map((t: { id: string }) => t.id),
    ).toContain(type.id);
  });
});
