import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { as, type BrowserSession } from '../../../test/harness.js';
import type { Database } from '../../platform/db/schema.js';

// Requests the opportunity tests share (test code only).

export function opportunityApi(env: { app: FastifyInstance; admin: BrowserSession }) {
  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    session?: BrowserSession,
  ) => env.app.inject({ method, url, headers: as(session ?? env.admin), ...(payload ? { payload } : {}) });
  return {
    inject,
    stages: async (): Promise<{ id: string; name: string; probability: number; version: number }[]> =>
      (await inject('GET', '/api/pipeline-stages')).json().items,
    organization: async (name: string, session?: BrowserSession): Promise<{ id: string }> =>
      (await inject('POST', '/api/organizations', { name }, session)).json(),
    create: (payload: object, session?: BrowserSession) =>
      inject('POST', '/api/opportunities', payload, session),
    board: async (query = '', session?: BrowserSession) =>
      inject('GET', `/api/opportunities/board${query ? `?${query}` : ''}`, undefined, session),
    move: (id: string, payload: object, session?: BrowserSession) =>
      inject('POST', `/api/opportunities/${id}/move`, payload, session),
    status: (id: string, payload: object, session?: BrowserSession) =>
      inject('POST', `/api/opportunities/${id}/status`, payload, session),
  };
}

/** A quotation row written straight into the table (the quotations module is built elsewhere). */
export async function insertQuotation(
  env: { database: { db: Kysely<Database> } },
  opportunityId: string,
  status: 'draft' | 'open',
): Promise<string> {
  const now = new Date().toISOString();
  const id = `q-${opportunityId}-${Math.random().toString(36).slice(2, 8)}`;
  await env.database.db
    .insertInto('quotations')
    .values({
      id,
      number: id,
      status,
      opportunity_id: opportunityId,
      submitted_at: status === 'open' ? now : null,
      created_at: now,
      updated_at: now,
      created_by: null,
    })
    .execute();
  return id;
}
