import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportJob } from '@kontor/domain/imports/schemas';
import { expect } from 'vitest';
import { type AdminAppContext, as, type BrowserSession } from '../../../test/harness.js';

/** A data directory of its own for each test file, so uploads of parallel runs never meet. */
export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-imports-'));
}

/** German Excel's "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF. */
export function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
}

/** API helpers for one test app. */
export function importApi(env: AdminAppContext) {
  const upload = (
    type: string,
    body: Buffer | string,
    session: BrowserSession = env.admin,
    fileName = 'daten.csv',
  ) =>
    env.app.inject({
      method: 'POST',
      url: `/api/imports/uploads?type=${type}&fileName=${encodeURIComponent(fileName)}`,
      headers: { ...as(session), 'content-type': 'text/csv' },
      payload: typeof body === 'string' ? Buffer.from(body) : body,
    });

  const start = (payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url: '/api/imports', headers: as(session), payload });

  const job = async (id: string, session: BrowserSession = env.admin) =>
    (await env.app.inject({ url: `/api/imports/${id}`, headers: as(session) })).json() as ImportJob;

  /** Polls until the job has ended, as the web app does. */
  const finished = async (id: string): Promise<ImportJob> => {
    for (let i = 0; i < 600; i++) {
      const current = await job(id);
      if (current.status !== 'queued' && current.status !== 'running') return current;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`import ${id} did not finish`);
  };

  /** Uploads a file and imports it with the suggested mapping; returns the finished job. */
  const run = async (type: string, body: Buffer | string, options: object = {}) => {
    const uploaded = await upload(type, body);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { uploadId, mapping } = uploaded.json();
    const started = await start({ uploadId, mapping, ...options });
    expect(started.statusCode, started.body).toBe(202);
    return finished(started.json().id);
  };

  const report = (id: string, language = 'de') =>
    env.app.inject({
      url: `/api/imports/${id}/errors.csv`,
      headers: { ...as(env.admin), 'accept-language': language },
    });

  const list = async (type: string, query = '') =>
    (await env.app.inject({ url: `/api/${type}?limit=200${query}`, headers: as(env.admin) })).json()
      .items as Record<string, unknown>[];

  return { upload, start, job, finished, run, report, list };
}
