import { describe, expect, it } from 'vitest';
import { as } from '../../../test/harness.js';
import { createContact, documentsAppPerTest, upload } from '../documents/testing.js';

describe('document entries (A9 on the timeline)', () => {
  const env = documentsAppPerTest();
  const get = (url: string) => env.app.inject({ url, headers: as(env.admin) });
  const timeline = async (type: string, id: string) =>
    (await get(`/api/records/${type}/${id}/timeline`)).json().recent as {
      id: string;
      type: string;
      subject: string;
      documentId: string | null;
    }[];

  it('records an upload as a document entry on the record, which goes when the file goes', async () => {
    const contact = await createContact(env.app, env.admin);
    const uploaded = await upload(env.app, env.admin, contact, [
      { filename: 'Angebot.pdf', content: '%PDF-1.4 x' },
    ]);
    expect(uploaded.statusCode).toBe(201);
    const [entry] = await timeline(contact.type, contact.id);
    expect(entry).toMatchObject({ type: 'document', subject: 'Angebot.pdf', documentId: uploaded.json().id });
    // Kontor wrote it: nobody edits it, but it can be pinned.
    const edit = await env.app.inject({
      method: 'PATCH',
      url: `/api/activities/${entry?.id}`,
      headers: as(env.admin),
      payload: { version: 1, subject: 'anders' },
    });
    expect(edit.statusCode).toBe(409);

    const removed = await env.app.inject({
      method: 'DELETE',
      url: `/api/documents/${uploaded.json().id}`,
      headers: as(env.admin),
    });
    expect(removed.statusCode).toBe(204);
    expect(await timeline(contact.type, contact.id)).toEqual([]);
    expect((await get('/api/activities')).json().items).toEqual([]);
  });

  it("keeps a file attached to an entry as the entry's attachment, not an entry of its own", async () => {
    const contact = await createContact(env.app, env.admin);
    const call = await env.app.inject({
      method: 'POST',
      url: '/api/activities',
      headers: as(env.admin),
      payload: { type: 'visit', subject: 'Besuch', links: [{ recordType: 'contact', recordId: contact.id }] },
    });
    const entry = { type: 'activity', id: call.json().id as string };
    expect(
      (await upload(env.app, env.admin, entry, [{ filename: 'Foto.txt', content: 'Notiz' }])).statusCode,
    ).toBe(201);
    expect((await timeline(contact.type, contact.id)).map((e) => e.subject)).toEqual(['Besuch']);
    const attachments = (await get(`/api/records/activity/${entry.id}/documents`)).json().items;
    expect(attachments.map((d: { fileName: string }) => d.fileName)).toEqual(['Foto.txt']);
  });

  it('retires the document entries of a deleted record with its files', async () => {
    const contact = await createContact(env.app, env.admin);
    await upload(env.app, env.admin, contact, [{ filename: 'Vertrag.txt', content: 'Text' }]);
    const deleted = await env.app.inject({
      method: 'DELETE',
      url: `/api/contacts/${contact.id}`,
      headers: as(env.admin),
    });
    expect(deleted.statusCode).toBe(204);
    expect((await get('/api/activities')).json().items).toEqual([]);
  });
});
