import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

describe('saved views', () => {
  const env = freshAdminAppPerTest();

  const send = (
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    session: BrowserSession,
    payload?: object,
  ) => env.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });
  const create = (payload: object, session: BrowserSession = env.admin) =>
    send('POST', '/api/views', session, payload);
  const names = async (recordType: string, session: BrowserSession) =>
    (await env.app.inject({ url: `/api/views?recordType=${recordType}`, headers: as(session) }))
      .json()
      .items.map((view: { name: string }) => view.name);
  const berlin = { filters: { city: 'Berlin' }, sort: '-name', columns: ['name', 'city'] };
  const team = async (name: string, memberIds: string[]) =>
    (await send('POST', '/api/teams', env.admin, { name, memberIds })).json() as { id: string };

  it('saves, lists, renames, changes and deletes an own private view', async () => {
    const created = await create({ recordType: 'contact', name: '  Berliner  ', state: berlin });
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      recordType: 'contact',
      name: 'Berliner',
      state: berlin,
      visibility: 'private',
      teamId: null,
      ownerId: env.admin.userId,
      ownerName: 'Ada Admin',
      mine: true,
      version: 1,
    });
    expect(await names('contact', env.admin)).toEqual(['Berliner']);
    expect(await names('organization', env.admin)).toEqual([]);

    const changed = await send('PATCH', `/api/views/${view.id}`, env.admin, {
      version: view.version,
      name: 'Hauptstadt',
      state: { filters: { city: 'Berlin|Potsdam', name: '' } },
    });
    expect(changed.statusCode).toBe(200);
    // Empty filter texts are not stored; a state without sort or columns means the list's defaults.
    expect(changed.json()).toMatchObject({
      name: 'Hauptstadt',
      state: { filters: { city: 'Berlin|Potsdam' }, sort: null, columns: [] },
      version: 2,
    });

    const stale = await send('PATCH', `/api/views/${view.id}`, env.admin, { version: 1, name: 'Alt' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toBe('urn:kontor:problem:stale-version');

    expect((await send('DELETE', `/api/views/${view.id}`, env.admin)).statusCode).toBe(204);
    expect((await env.app.inject({ url: `/api/views/${view.id}`, headers: as(env.admin) })).statusCode).toBe(
      404,
    );
    expect((await send('DELETE', `/api/views/${view.id}`, env.admin)).statusCode).toBe(404);
  });

  it('checks the record type, the name and every field against the field metadata', async () => {
    const problem = async (payload: object) => {
      const response = await create({ recordType: 'contact', name: 'X', state: {}, ...payload });
      return { status: response.statusCode, body: response.json() };
    };
    const unknownType = await problem({ recordType: 'spaceship' });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.detail).toContain('spaceship');
    expect((await problem({ name: '' })).status).toBe(400);
    expect((await problem({ name: 'x'.repeat(81) })).status).toBe(400);
    expect((await problem({ name: 'x'.repeat(80) })).status).toBe(201);
    expect((await problem({ name: 'Y', extra: true })).status).toBe(400);
    expect((await problem({ name: 'Y', state: { filters: { city: 5 } } })).status).toBe(400);

    const unknownFields = await problem({
      name: 'Y',
      state: { filters: { shoeSize: '42' }, sort: 'shoeSize', columns: ['name', 'shoeSize'] },
    });
    expect(unknownFields.status).toBe(400);
    expect(unknownFields.body.type).toBe('urn:kontor:problem:unknown-view-field');
    expect(unknownFields.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'state.filters.shoeSize',
      'state.sort',
      'state.columns.1',
    ]);

    // A field of the other record type is unknown here too.
    const otherType = await problem({ name: 'Y', state: { filters: { relationships: 'Kunde' } } });
    expect(otherType.body.errors[0].path).toBe('state.filters.relationships');

    const malformed = await problem({ name: 'Y', state: { filters: { birthday: '>=1.13.2019' } } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.type).toBe('urn:kontor:problem:invalid-filter');
    expect(malformed.body.errors[0]).toMatchObject({ path: 'state.filters.birthday', start: 2 });

    expect((await problem({ name: 'Y', visibility: 'team' })).body.errors[0].path).toBe('teamId');
    expect((await problem({ name: 'Y', visibility: 'private', teamId: 'x' })).status).toBe(400);
    expect(await names('contact', env.admin)).toEqual(['x'.repeat(80)]);
  });

  it('keeps names unique per owner and record type, ignoring case', async () => {
    expect((await create({ recordType: 'contact', name: 'Kunden', state: {} })).statusCode).toBe(201);
    const twice = await create({ recordType: 'contact', name: 'KUNDEN', state: {} });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0].path).toBe('name');
    expect((await create({ recordType: 'organization', name: 'Kunden', state: {} })).statusCode).toBe(201);
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect((await create({ recordType: 'contact', name: 'Kunden', state: {} }, sales)).statusCode).toBe(201);

    const other = (await create({ recordType: 'contact', name: 'Andere', state: {} })).json();
    const rename = await send('PATCH', `/api/views/${other.id}`, env.admin, { version: 1, name: 'kunden' });
    expect(rename.statusCode).toBe(409);
  });

  it('hides private views from everyone else, administrators included', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const own = (await create({ recordType: 'contact', name: 'Meine', state: berlin }, sales)).json();
    expect(await names('contact', env.admin)).toEqual([]);
    expect((await env.app.inject({ url: `/api/views/${own.id}`, headers: as(env.admin) })).statusCode).toBe(
      404,
    );
    const patch = await send('PATCH', `/api/views/${own.id}`, env.admin, { version: 1, name: 'Fremd' });
    expect(patch.statusCode).toBe(404);
    expect((await send('DELETE', `/api/views/${own.id}`, env.admin)).statusCode).toBe(404);
    expect(await names('contact', sales)).toEqual(['Meine']);
  });

  it('shares a view with a team of the owner; members use it, only the owner changes it', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const service = await userWithRole(env.app, env.admin, 'service');
    const nord = await team('Vertrieb Nord', [env.admin.userId, sales.userId]);
    const sued = await team('Vertrieb Süd', [service.userId]);

    const foreign = await create({
      recordType: 'contact',
      name: 'Süd',
      state: {},
      visibility: 'team',
      teamId: sued.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ type: 'urn:kontor:problem:not-team-member' });
    expect(foreign.json().errors[0].path).toBe('teamId');

    const shared = await create({
      recordType: 'contact',
      name: 'Nord',
      state: berlin,
      visibility: 'team',
      teamId: nord.id,
    });
    expect(shared.statusCode).toBe(201);
    const view = shared.json();
    expect(view).toMatchObject({ visibility: 'team', teamId: nord.id, teamName: 'Vertrieb Nord' });

    const seen = (await env.app.inject({ url: '/api/views?recordType=contact', headers: as(sales) })).json()
      .items;
    expect(seen).toEqual([
      expect.objectContaining({ id: view.id, mine: false, ownerName: 'Ada Admin', state: berlin }),
    ]);
    expect(await names('contact', service)).toEqual([]);
    expect((await env.app.inject({ url: `/api/views/${view.id}`, headers: as(service) })).statusCode).toBe(
      404,
    );

    const byMember = await send('PATCH', `/api/views/${view.id}`, sales, { version: 1, name: 'Meins' });
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().type).toBe('urn:kontor:problem:saved-view-owner-only');
    expect((await send('DELETE', `/api/views/${view.id}`, sales)).statusCode).toBe(403);
    expect(
      (await send('PATCH', `/api/views/${view.id}`, service, { version: 1, name: 'X' })).statusCode,
    ).toBe(404);

    const toSued = await send('PATCH', `/api/views/${view.id}`, env.admin, {
      version: 1,
      visibility: 'team',
      teamId: sued.id,
    });
    expect(toSued.statusCode).toBe(400);
    const teamWithoutVisibility = await send('PATCH', `/api/views/${view.id}`, env.admin, {
      version: 1,
      teamId: nord.id,
    });
    expect(teamWithoutVisibility.statusCode).toBe(400);

    const unshared = await send('PATCH', `/api/views/${view.id}`, env.admin, {
      version: 1,
      visibility: 'private',
    });
    expect(unshared.json()).toMatchObject({
      visibility: 'private',
      teamId: null,
      teamName: null,
      version: 2,
    });
    expect(await names('contact', sales)).toEqual([]);
  });

  it('lets an owner who left the team rename the view, but not share it with that team anew', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const nord = await team('Vertrieb Nord', [sales.userId]);
    const view = (
      await create(
        { recordType: 'contact', name: 'Nord', state: {}, visibility: 'team', teamId: nord.id },
        sales,
      )
    ).json();
    await send('PATCH', `/api/teams/${nord.id}`, env.admin, { version: 1, memberIds: [env.admin.userId] });
    const renamed = await send('PATCH', `/api/views/${view.id}`, sales, {
      version: 1,
      name: 'Nord alt',
      visibility: 'team',
      teamId: nord.id,
    });
    expect(renamed.json()).toMatchObject({ name: 'Nord alt', teamId: nord.id });
    expect(await names('contact', env.admin)).toEqual(['Nord alt']);
    const privateAgain = await send('PATCH', `/api/views/${view.id}`, sales, {
      version: 2,
      visibility: 'private',
    });
    expect(privateAgain.statusCode).toBe(200);
    const reshare = await send('PATCH', `/api/views/${view.id}`, sales, {
      version: 3,
      visibility: 'team',
      teamId: nord.id,
    });
    expect(reshare.statusCode).toBe(400);
  });

  it('turns a team view private when its team is deleted, so the owner keeps it', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const nord = await team('Vertrieb Nord', [env.admin.userId, sales.userId]);
    const view = (
      await create({
        recordType: 'organization',
        name: 'Nord',
        state: {},
        visibility: 'team',
        teamId: nord.id,
      })
    ).json();
    expect(await names('organization', sales)).toEqual(['Nord']);
    expect((await send('DELETE', `/api/teams/${nord.id}`, env.admin)).statusCode).toBe(204);
    expect(await names('organization', sales)).toEqual([]);
    const kept = (await env.app.inject({ url: `/api/views/${view.id}`, headers: as(env.admin) })).json();
    expect(kept).toMatchObject({ visibility: 'private', teamId: null });
  });

  it('keeps a default view per user and record type, any view the user sees', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const nord = await team('Vertrieb Nord', [env.admin.userId, sales.userId]);
    const shared = (
      await create({ recordType: 'contact', name: 'Nord', state: {}, visibility: 'team', teamId: nord.id })
    ).json();
    const own = (await create({ recordType: 'contact', name: 'Privat', state: {} })).json();
    const organizations = (await create({ recordType: 'organization', name: 'Firmen', state: {} })).json();
    const setDefault = (session: BrowserSession, viewId: string | null, recordType = 'contact') =>
      env.app.inject({
        method: 'POST',
        url: '/api/views/default',
        headers: as(session),
        payload: { recordType, viewId },
      });
    const defaults = async (session: BrowserSession) =>
      (await env.app.inject({ url: '/api/views?recordType=contact', headers: as(session) }))
        .json()
        .items.filter((view: { isDefault: boolean }) => view.isDefault)
        .map((view: { name: string }) => view.name);

    expect((await setDefault(sales, shared.id)).statusCode).toBe(204);
    expect(await defaults(sales)).toEqual(['Nord']);
    // Another user's default is not the owner's.
    expect(await defaults(env.admin)).toEqual([]);
    expect((await setDefault(env.admin, own.id)).statusCode).toBe(204);
    expect((await setDefault(env.admin, shared.id)).statusCode).toBe(204);
    expect(await defaults(env.admin)).toEqual(['Nord']);

    expect((await setDefault(sales, own.id)).statusCode).toBe(404);
    expect((await setDefault(env.admin, organizations.id)).statusCode).toBe(404);
    expect((await setDefault(env.admin, null, 'spaceship')).statusCode).toBe(400);

    // Deleting the view clears the defaults that pointed at it.
    expect((await send('DELETE', `/api/views/${shared.id}`, env.admin)).statusCode).toBe(204);
    expect(await defaults(sales)).toEqual([]);
    expect((await setDefault(env.admin, own.id)).statusCode).toBe(204);
    expect((await setDefault(env.admin, null)).statusCode).toBe(204);
    expect(await defaults(env.admin)).toEqual([]);
  });

  it("needs the permission to read the record type's records", async () => {
    await env.database.db
      .updateTable('roles')
      .set({ permissions: '["users.read","organizations.read"]' })
      .where('key', '=', 'service')
      .execute();
    const service = await userWithRole(env.app, env.admin, 'service');
    expect(
      (await env.app.inject({ url: '/api/views?recordType=contact', headers: as(service) })).statusCode,
    ).toBe(403);
    expect((await create({ recordType: 'contact', name: 'X', state: {} }, service)).statusCode).toBe(403);
    expect((await create({ recordType: 'organization', name: 'X', state: {} }, service)).statusCode).toBe(
      201,
    );
    expect((await env.app.inject({ url: '/api/views?recordType=x', headers: as(service) })).statusCode).toBe(
      400,
    );
    expect((await env.app.inject({ url: '/api/views' })).statusCode).toBe(401);
  });
});
