import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { as, type BrowserSession, createTestApp, setupAdmin, type TestApp } from '../../../test/harness.js';

export interface FilePart {
  filename: string;
  content: Buffer | string;
  field?: string;
  contentType?: string;
}

/** A multipart/form-data body as a browser sends it, built by hand so every byte is under test. */
export function multipart(files: readonly FilePart[], fields: Record<string, string> = {}) {
  const boundary = `----kontor${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\n` +
          `content-type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface DocumentsContext {
  app: FastifyInstance;
  admin: BrowserSession;
  dataDir: string;
}

/** A fresh app per test with its own data folder (removed afterwards) and a logged-in admin. */
export function documentsAppPerTest(uploadLimitBytes?: number): DocumentsContext {
  const context = {} as DocumentsContext;
  let testApp: TestApp | undefined;
  beforeEach(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-documents-'));
    testApp = await createTestApp({
      config: { dataDir, ...(uploadLimitBytes ? { uploadLimit: uploadLimitBytes } : {}) },
    });
    Object.assign(context, { app: testApp.app, dataDir, admin: await setupAdmin(testApp.app) });
  });
  afterEach(async () => {
    await testApp?.close();
    fs.rmSync(context.dataDir, { recursive: true, force: true });
  });
  return context;
}

/** Every file under the storage folder, staged ones included, relative to it. */
export function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((entry) => fs.statSync(path.join(root, entry)).isFile())
    .sort();
}

export async function upload(
  app: FastifyInstance,
  session: BrowserSession,
  record: { type: string; id: string },
  files: readonly FilePart[],
) {
  const body = multipart(files);
  return app.inject({
    method: 'POST',
    url: `/api/records/${record.type}/${record.id}/documents`,
    headers: { ...as(session), 'content-type': body.contentType },
    payload: body.payload,
  });
}

export async function createContact(app: FastifyInstance, session: BrowserSession, lastName = 'Weber') {
  const response = await app.inject({
    method: 'POST',
    url: '/api/contacts',
    headers: as(session),
    payload: { lastName },
  });
  if (response.statusCode !== 201) throw new Error(`contact not created: ${response.body}`);
  return { type: 'contact', id: (response.json() as { id: string }).id };
}
