import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { as } from '../../../test/harness.js';
import { createContact, documentsAppPerTest, multipart, storedFiles, upload } from './testing.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('document upload', () => {
  const env = documentsAppPerTest(1024);

  it('stores a file under its hash and records who attached what to which record', async () => {
    const contact = await createContact(env.app, env.admin);
    const response = await upload(env.app, env.admin, contact, [
      { filename: 'Angebot Müller.txt', content: 'Grüße aus Köln', contentType: 'image/png' },
    ]);
    expect(response.statusCode).toBe(201);
    const sha256 = createHash('sha256').update('Grüße aus Köln').digest('hex');
    expect(response.json()).toMatchObject({
      recordType: 'contact',
      recordId: contact.id,
      linkedName: 'Weber',
      fileName: 'Angebot Müller.txt',
      // From the content, not from what the browser claimed.
      mediaType: 'text/plain',
      size: Buffer.byteLength('Grüße aus Köln'),
      sha256,
      uploadedBy: 'Ada Admin',
    });
    expect(storedFiles(env.dataDir)).toEqual([`${sha256.slice(0, 2)}/${sha256}`]);
  });

  it('tells the type from the bytes: a signature, else UTF-8 text, else octet-stream', async () => {
    const contact = await createContact(env.app, env.admin);
    const typeOf = async (filename: string, content: Buffer) =>
      (await upload(env.app, env.admin, contact, [{ filename, content }])).json().mediaType;
    expect(await typeOf('bild.txt', PNG)).toBe('image/png');
    expect(await typeOf('notiz.bin', Buffer.from('Straße\n'))).toBe('text/plain');
    expect(await typeOf('latin1.txt', Buffer.from('Stra\xdfe', 'latin1'))).toBe('application/octet-stream');
  });

  it('refuses a file over the limit with 413 and leaves nothing behind', async () => {
    const contact = await createContact(env.app, env.admin);
    const response = await upload(env.app, env.admin, contact, [
      { filename: 'gross.bin', content: Buffer.alloc(1025, 1) },
    ]);
    expect(response.statusCode).toBe(413);
    expect(response.json().type).toContain('document-too-large');
    expect(storedFiles(env.dataDir)).toEqual([]);
    const exact = await upload(env.app, env.admin, contact, [
      { filename: 'genau.bin', content: Buffer.alloc(1024, 1) },
    ]);
    expect(exact.statusCode).toBe(201);
  });

  it.each([
    ['an empty file', [{ filename: 'leer.txt', content: '' }], 'document-empty-file'],
    ['no file', [], 'document-no-file'],
    [
      'two files',
      [
        { filename: 'a.txt', content: 'a' },
        { filename: 'b.txt', content: 'b' },
      ],
      'document-one-file',
    ],
    ['a file without a name', [{ filename: '', content: 'x' }], 'document-name-empty'],
    ['a path', [{ filename: '../../etc/passwd', content: 'x' }], 'document-name-path'],
    ['a Windows path', [{ filename: 'C:\\temp\\a.txt', content: 'x' }], 'document-name-path'],
    ['a dot-dot name', [{ filename: '..', content: 'x' }], 'document-name-path'],
    ['a control character', [{ filename: 'a\tb.txt', content: 'x' }], 'document-name-control'],
    ['a bidi override', [{ filename: 'rechnung\u202efdp.exe', content: 'x' }], 'document-name-control'],
    ['an overlong name', [{ filename: `${'ä'.repeat(128)}.txt`, content: 'x' }], 'document-name-too-long'],
  ])('refuses %s with 400 and writes nothing', async (_case, files, code) => {
    const contact = await createContact(env.app, env.admin);
    const response = await upload(env.app, env.admin, contact, files);
    expect(response.statusCode).toBe(400);
    expect(response.json().type).toContain(code);
    expect(storedFiles(env.dataDir)).toEqual([]);
    const listed = await env.app.inject({
      url: `/api/records/contact/${contact.id}/documents`,
      headers: as(env.admin),
    });
    expect(listed.json().items).toEqual([]);
  });

  it('keeps a name of exactly 255 bytes', async () => {
    const contact = await createContact(env.app, env.admin);
    const name = `${'ä'.repeat(125)}.txt`;
    expect(Buffer.byteLength(name)).toBe(254);
    const response = await upload(env.app, env.admin, contact, [{ filename: `${name}x`, content: 'x' }]);
    expect(response.statusCode).toBe(201);
    expect(response.json().fileName).toBe(`${name}x`);
  });

  it('answers bodies that are not one multipart file with clear problems', async () => {
    const contact = await createContact(env.app, env.admin);
    const url = `/api/records/contact/${contact.id}/documents`;
    const json = await env.app.inject({ method: 'POST', url, headers: as(env.admin), payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    expect(json.json().type).toContain('document-not-multipart');
    const body = multipart([{ filename: 'a.txt', content: 'abc' }]);
    const cutOff = await env.app.inject({
      method: 'POST',
      url,
      headers: { ...as(env.admin), 'content-type': body.contentType },
      payload: body.payload.subarray(0, body.payload.length - 20),
    });
    expect(cutOff.statusCode).toBe(400);
    expect(cutOff.json().type).toContain('document-malformed-upload');
    expect(storedFiles(env.dataDir)).toEqual([]);
  });

  it('refuses unknown record types and records that do not exist', async () => {
    const file = [{ filename: 'a.txt', content: 'a' }];
    const unknown = await upload(env.app, env.admin, { type: 'widget', id: 'x' }, file);
    expect(unknown.statusCode).toBe(400);
    const notYet = await upload(env.app, env.admin, { type: 'complaint', id: 'x' }, file);
    expect(notYet.statusCode).toBe(404);
    expect(notYet.json().type).toContain('document-record-type-unknown');
    const missing = await upload(env.app, env.admin, { type: 'contact', id: 'nope' }, file);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().type).toContain('document-record-not-found');
    expect(storedFiles(env.dataDir)).toEqual([]);
  });
});
