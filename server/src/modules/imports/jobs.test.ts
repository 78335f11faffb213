import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { as, freshAdminAppPerTest, testConfig, userWithRole } from '../../../test/harness.js';
import { buildApp } from '../../app.js';
import { AppError } from '../../platform/http/problem.js';
import { ContactService } from '../contacts/service.js';
import { importApi, tempDataDir } from './testing.js';

const dataDir = tempDataDir();

describe('imports: running jobs', () => {
  const env = freshAdminAppPerTest({ config: { dataDir } });
  const api = importApi(env);
  const count = async (table: 'contacts' | 'organizations') =>
    Number(
      (
        await env.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const people = (n: number, from = 0) =>
    `Vorname;Nachname;E-Mail\r\n${Array.from({ length: n }, (_, i) => `Anna;Person${from + i};p${from + i}@example.de`).join('\r\n')}\r\n`;

  it('imports contacts, links and creates organisations, assigns owners, reports the bad row', async () => {
    const org = await env.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: as(env.admin),
      payload: { name: 'Muster GmbH' },
    });
    expect(org.statusCode).toBe(201);
    const file = [
      'Vorname;Nachname;E-Mail;Firma;Position;Betreuer',
      'Anna;Schneider;anna@muster.de;muster gmbh;Einkauf;admin@example.de',
      'Bernd;Bauer;kein-at;Muster GmbH;;',
      'Clara;Chef;clara@neu.de;Neu AG;CEO;',
      '"=HYPERLINK(""x"")";Übel;;;;Niemand',
    ].join('\r\n');
    const job = await api.run('contact', file);
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: 4,
      created: 2,
      failed: 2,
      skipped: 0,
      lastRow: 5,
      error: null,
    });
    const contacts = await api.list('contacts', '&sort=name');
    expect(contacts.map((c) => [c.name, c.organizationName, c.position, c.ownerId])).toEqual([
      // Sorted by surname.
      ['Clara Chef', 'Neu AG', 'CEO', env.admin.userId],
      ['Anna Schneider', 'Muster GmbH', 'Einkauf', env.admin.userId],
    ]);
    expect(await count('organizations')).toBe(2);

    const report = await api.report(job.id);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.headers['content-disposition']).toContain('daten-fehler.csv');
    const lines = report.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFZeile;Vorname;Nachname;E-Mail;Firma;Position;Betreuer;Fehler');
    expect(lines[1]).toBe('3;Bernd;Bauer;kein-at;Muster GmbH;;;E-Mail: Keine gültige E-Mail-Adresse');
    // A formula in the file must not become a live formula in the report.
    expect(lines[2]).toBe(
      `5;"'=HYPERLINK(""x"")";Übel;;;;Niemand;Betreuer: Kein Benutzer mit diesem Namen oder dieser E-Mail`,
    );
    // The report speaks the reader's language.
    await env.database.db
      .updateTable('users')
      .set({ language: 'en' })
      .where('id', '=', env.admin.userId)
      .execute();
    const english = (await api.report(job.id)).body.split('\r\n');
    expect(english[0]).toBe('\uFEFFRow;Vorname;Nachname;E-Mail;Firma;Position;Betreuer;Error');
    expect(english[1]).toContain('E-mail (column „E-Mail“): Not a valid e-mail address');
  });

  it('a dry run checks everything and writes nothing, with the same counts', async () => {
    const file = 'Nachname;Firma;E-Mail\r\nA;Neu AG;a@x.de\r\nB;;falsch\r\nA;;a@x.de\r\n';
    const dry = await api.run('contact', file, { dryRun: true });
    expect(dry).toMatchObject({ status: 'done', dryRun: true, created: 1, skipped: 1, failed: 1 });
    expect(await count('contacts')).toBe(0);
    expect(await count('organizations')).toBe(0);
    expect((await api.report(dry.id)).body.split('\r\n')[1]).toContain('falsch');
    const real = await api.run('contact', file);
    expect(real).toMatchObject({ created: 1, skipped: 1, failed: 1 });
    expect(await count('contacts')).toBe(1);
  });

  it('applies the duplicate policy: skip, update or create', async () => {
    await env.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: as(env.admin),
      payload: {
        firstName: 'Anna',
        lastName: 'Alt',
        emails: [{ address: 'anna@example.de' }],
        tags: ['Bestand'],
      },
    });
    const file =
      'Vorname;Nachname;E-Mail;Telefon;Schlagwörter\r\nAnna;Neu;ANNA@example.de;030 123456;Messe\r\n';
    expect(await api.run('contact', file, { duplicatePolicy: 'skip' })).toMatchObject({
      skipped: 1,
      created: 0,
    });
    expect((await api.list('contacts'))[0]).toMatchObject({ name: 'Anna Alt', phones: [] });

    expect(await api.run('contact', file, { duplicatePolicy: 'update' })).toMatchObject({ updated: 1 });
    const [updated] = await api.list('contacts');
    expect(updated).toMatchObject({
      name: 'Anna Neu',
      emails: [{ address: 'anna@example.de' }],
      phones: [{ number: '030 123456' }],
      tags: ['Bestand', 'Messe'],
    });
    const history = await env.app.inject({
      url: `/api/contacts/${updated?.id}/history`,
      headers: as(env.admin),
    });
    expect(JSON.stringify(history.json())).toContain('Neu');

    expect(await api.run('contact', file, { duplicatePolicy: 'create' })).toMatchObject({ created: 1 });
    expect(await count('contacts')).toBe(2);
  });

  it('finds organisation duplicates by name core and city', async () => {
    await api.run('organization', 'Firma;Ort\r\nMüller GmbH;Köln\r\n');
    const again = await api.run('organization', 'Firma;Ort;Branche\r\nMüller GmbH & Co. KG;Köln;Handel\r\n', {
      duplicatePolicy: 'update',
    });
    expect(again).toMatchObject({ updated: 1, created: 0 });
    expect(await api.list('organizations')).toMatchObject([
      { name: 'Müller GmbH & Co. KG', industry: 'Handel' },
    ]);
  });

  it('an unexpected failure inside a batch rolls the whole batch back; earlier batches stay', async () => {
    // A unique index stands in for any database failure in the middle of a batch.
    await sql`create unique index test_one_per_last_name on contacts (last_name)`.execute(env.database.db);
    const rows = [
      ...Array.from({ length: 200 }, (_, i) => `Erste${i};`),
      'Zweite;Halb AG',
      'Zweite;Nie GmbH',
    ];
    const job = await api.run('contact', `Nachname;Firma\r\n${rows.join('\r\n')}\r\n`, {
      duplicatePolicy: 'create',
    });
    expect(job).toMatchObject({ status: 'failed', rowsRead: 200, created: 200, lastRow: 201 });
    expect(job.error).toContain('unerwarteten Fehler');
    expect(await count('contacts')).toBe(200);
    // The organisation created for row 202 went with its batch.
    expect(await count('organizations')).toBe(0);
  });

  it('writes new contacts a batch at a time, and row by row when the batch is refused', async () => {
    const batchWrite = vi.spyOn(ContactService.prototype, 'createMany');
    const first = await api.run('contact', people(450), { duplicatePolicy: 'create' });
    expect(first).toMatchObject({ status: 'done', created: 450, failed: 0 });
    // 450 rows: three batches, each one createMany with all its rows.
    expect(batchWrite.mock.calls.map(([, inputs]) => inputs.length)).toEqual([200, 200, 50]);

    batchWrite.mockClear();
    batchWrite.mockRejectedValueOnce(new AppError(409, 'stale-version'));
    const second = await api.run('contact', people(3, 1000), { duplicatePolicy: 'create' });
    expect(second).toMatchObject({ status: 'done', created: 3, failed: 0 });
    // The refused batch, then one create per row through the same service.
    expect(batchWrite.mock.calls.map(([, inputs]) => inputs.length)).toEqual([3, 1, 1, 1]);
    expect(await count('contacts')).toBe(453);
    batchWrite.mockRestore();
  });

  it('cancel stops after the current batch and says which rows were written', async () => {
    const uploaded = (await api.upload('contact', people(3000))).json();
    const started = (await api.start({ uploadId: uploaded.uploadId, mapping: uploaded.mapping })).json();
    const cancel = await env.app.inject({
      method: 'POST',
      url: `/api/imports/${started.id}/cancel`,
      headers: as(env.admin),
    });
    expect(cancel.statusCode).toBe(200);
    const job = await api.finished(started.id);
    expect(job.status).toBe('cancelled');
    expect(job.rowsRead).toBeLessThan(3000);
    expect(job.rowsRead % 200).toBe(0);
    expect(job.lastRow).toBe(job.rowsRead + 1);
    expect(await count('contacts')).toBe(job.created);
    const again = await env.app.inject({
      method: 'POST',
      url: `/api/imports/${started.id}/cancel`,
      headers: as(env.admin),
    });
    expect(again.statusCode).toBe(409);
  });

  it('needs the write permission of the record type; jobs are private to their user (admins see all)', async () => {
    const reader = await userWithRole(env.app, env.admin, 'read-only');
    expect((await api.upload('contact', people(1), reader)).statusCode).toBe(403);
    expect((await api.upload('organization', 'Firma\r\nA\r\n', reader)).statusCode).toBe(403);
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const uploaded = (await api.upload('contact', people(1), sales)).json();
    // Someone else's upload cannot be started.
    expect((await api.start({ uploadId: uploaded.uploadId, mapping: uploaded.mapping })).statusCode).toBe(
      404,
    );
    const own = (await api.start({ uploadId: uploaded.uploadId, mapping: uploaded.mapping }, sales)).json();
    const adminJob = await api.run('contact', people(1, 5));
    expect(
      (await env.app.inject({ url: `/api/imports/${adminJob.id}`, headers: as(sales) })).statusCode,
    ).toBe(404);
    expect(
      (await env.app.inject({ url: `/api/imports/${adminJob.id}/errors.csv`, headers: as(sales) }))
        .statusCode,
    ).toBe(404);
    const salesList = (await env.app.inject({ url: '/api/imports', headers: as(sales) })).json().items;
    expect(salesList.map((j: { id: string }) => j.id)).toEqual([own.id]);
    const adminList = (await env.app.inject({ url: '/api/imports', headers: as(env.admin) })).json().items;
    expect(adminList).toHaveLength(2);
    expect((await api.job(own.id)).id).toBe(own.id);
    // The imported contact belongs to the importing user.
    await api.finished(own.id);
    const mine = (await env.app.inject({ url: '/api/contacts', headers: as(sales) })).json().items;
    expect(mine.map((c: { ownerId: string }) => c.ownerId)).toEqual([sales.userId]);
  });

  it('a restart marks jobs left running as failed, with a message', async () => {
    const uploaded = (await api.upload('contact', people(1))).json();
    const started = (await api.start({ uploadId: uploaded.uploadId, mapping: uploaded.mapping })).json();
    await api.finished(started.id);
    await env.database.db
      .updateTable('import_jobs')
      .set({ status: 'running' })
      .where('id', '=', started.id)
      .execute();
    const restarted = await buildApp(testConfig({ dataDir }), { database: env.database });
    await restarted.close();
    const job = await api.job(started.id);
    expect(job).toMatchObject({ status: 'failed' });
    expect(job.error).toContain('Neustart');
  });
});
