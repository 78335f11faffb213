import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCUMENT } from '@kontor/domain/documents';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, createTestApp, userWithRole } from '../../../test/harness.js';
import { DOCUMENT_COLUMNS } from './columns.js';
import { createContact, documentsAppPerTest, storedFiles, upload } from './testing.js';

describe('documents', () => {
  const env = documentsAppPerTest();

  const get = (url: string, session: BrowserSession = env.admin) =>
    env.app.inject({ url, headers: as(session) });
  const remove = (id: string, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'DELETE', url: `/api/documents/${id}`, headers: as(session) });
  const attach = async (record: { type: string; id: string }, filename: string, content: string | Buffer) => {
    const response = await upload(env.app, env.admin, record, [{ filename, content }]);
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; sha256: string };
  };

  it('declares a SQL column for every filterable or sortable field', () => {
    const listed = DOCUMENT.fields.filter((f) => f.filterable || f.sortable).map((f) => f.key);
    expect(Object.keys(DOCUMENT_COLUMNS).sort()).toEqual(listed.sort());
  });

  it('tells clients the upload limit', async () => {
    expect((await get('/api/documents/settings')).json()).toEqual({ uploadLimit: 25 * 1024 * 1024 });
  });

  it('stores the same bytes once and removes them with the last document using them', async () => {
    const weber = await createContact(env.app, env.admin, 'Weber');
    const braun = await createContact(env.app, env.admin, 'Braun');
    const first = await attach(weber, 'vertrag.pdf', 'gleicher Inhalt');
    const second = await attach(braun, 'kopie.pdf', 'gleicher Inhalt');
    expect(second.sha256).toBe(first.sha256);
    expect(storedFiles(env.dataDir)).toHaveLength(1);

    expect((await remove(first.id)).statusCode).toBe(204);
    expect(storedFiles(env.dataDir)).toHaveLength(1);
    const download = await get(`/api/documents/${second.id}/download`);
    expect(download.body).toBe('gleicher Inhalt');

    expect((await remove(second.id)).statusCode).toBe(204);
    expect(storedFiles(env.dataDir)).toEqual([]);
    expect((await get(`/api/documents/${second.id}`)).statusCode).toBe(404);
  });

  it('serves a download as an attachment with a safe name, never as active content', async () => {
    const contact = await createContact(env.app, env.admin);
    const html = await attach(contact, 'Bericht Q1; Übersicht 100%.html', '<script>alert(1)</script>');
    const response = await get(`/api/documents/${html.id}/download`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('<script>alert(1)</script>');
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Bericht Q1_ Uebersicht 100_.html"; filename*=UTF-8''Bericht%20Q1%3B%20%C3%9Cbersicht%20100%25.html`,
    );

    const svg = await attach(
      contact,
      'logo.svg',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    const served = await get(`/api/documents/${svg.id}/download`);
    expect((await get(`/api/documents/${svg.id}`)).json().mediaType).toMatch(/xml/);
    expect(served.headers['content-type']).toBe('application/octet-stream');
  });

  it('lists a record’s documents newest first and all visible documents with their records', async () => {
    const weber = await createContact(env.app, env.admin, 'Weber');
    const braun = await createContact(env.app, env.admin, 'Braun');
    await attach(weber, 'eins.txt', '1');
    await attach(weber, 'zwei.txt', 'zwei zwei');
    await attach(braun, 'drei.txt', 'drei');
    const own = (await get(`/api/records/contact/${weber.id}/documents`)).json();
    expect(own.items.map((d: { fileName: string }) => d.fileName)).toEqual(['zwei.txt', 'eins.txt']);

    const all = (await get('/api/documents?limit=2')).json();
    expect(
      all.items.map((d: { fileName: string; linkedName: string }) => [d.fileName, d.linkedName]),
    ).toEqual([
      ['drei.txt', 'Braun'],
      ['zwei.txt', 'Weber'],
    ]);
    const rest = (await get(`/api/documents?limit=2&cursor=${encodeURIComponent(all.nextCursor)}`)).json();
    expect(rest.items.map((d: { fileName: string }) => d.fileName)).toEqual(['eins.txt']);
    expect(rest.nextCursor).toBeNull();

    const filtered = (
      await get(`/api/documents?filter[fileName]=${encodeURIComponent('z*')}&sort=fileName`)
    ).json();
    expect(filtered.items.map((d: { fileName: string }) => d.fileName)).toEqual(['zwei.txt']);
    const bySize = (await get('/api/documents?filter[size]=%3E3&sort=-size')).json();
    expect(bySize.items.map((d: { fileName: string }) => d.fileName)).toEqual(['zwei.txt', 'drei.txt']);
  });

  it('hides documents of records the caller may not see and refuses uploads without write permission', async () => {
    const adminsContact = await createContact(env.app, env.admin, 'Geheim');
    const document = await attach(adminsContact, 'intern.txt', 'intern');
    // Sales users see their own and their teams' records: the admin's contact is not theirs.
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect((await get(`/api/documents/${document.id}`, sales)).statusCode).toBe(404);
    expect((await get(`/api/documents/${document.id}/download`, sales)).statusCode).toBe(404);
    expect((await remove(document.id, sales)).statusCode).toBe(404);
    expect((await get(`/api/records/contact/${adminsContact.id}/documents`, sales)).statusCode).toBe(404);
    expect((await get('/api/documents', sales)).json().items).toEqual([]);
    const hidden = await upload(env.app, sales, adminsContact, [{ filename: 'a.txt', content: 'a' }]);
    expect(hidden.statusCode).toBe(404);

    const readOnly = await userWithRole(env.app, env.admin, 'read-only');
    expect((await get(`/api/documents/${document.id}/download`, readOnly)).body).toBe('intern');
    expect((await get('/api/documents', readOnly)).json().items).toHaveLength(1);
    const refused = await upload(env.app, readOnly, adminsContact, [{ filename: 'a.txt', content: 'a' }]);
    expect(refused.statusCode).toBe(403);
    expect((await remove(document.id, readOnly)).statusCode).toBe(403);
    expect(storedFiles(env.dataDir)).toHaveLength(1);
  });

  it('moves documents along when records merge and removes them with their record', async () => {
    const kept = await createContact(env.app, env.admin, 'Weber');
    const merged = await createContact(env.app, env.admin, 'Weber');
    await attach(merged, 'vertrag.txt', 'vertrag');
    const merge = await env.app.inject({
      method: 'POST',
      url: '/api/contacts/merge',
      headers: as(env.admin),
      payload: { keepId: kept.id, keepVersion: 1, mergeId: merged.id, mergeVersion: 1 },
    });
    expect(merge.statusCode).toBe(200);
    const moved = (await get(`/api/records/contact/${kept.id}/documents`)).json().items;
    expect(moved.map((d: { fileName: string }) => d.fileName)).toEqual(['vertrag.txt']);

    const deleted = await env.app.inject({
      method: 'DELETE',
      url: `/api/contacts/${kept.id}`,
      headers: as(env.admin),
    });
    expect(deleted.statusCode).toBe(204);
    expect((await get('/api/documents')).json().items).toEqual([]);
    await expect.poll(() => storedFiles(env.dataDir)).toEqual([]);
  });

  it('sweeps stored files no document uses when it starts', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-sweep-'));
    const orphan = 'ab'.repeat(32);
    fs.mkdirSync(path.join(dataDir, 'files', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'files', 'ab', orphan), 'verwaist');
    const started = await createTestApp({ config: { dataDir } });
    try {
      await expect.poll(() => storedFiles(dataDir)).toEqual([]);
    } finally {
      await started.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
