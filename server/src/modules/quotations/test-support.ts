import type { LineItemInput } from '@kontor/domain/sales-totals';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { as, type BrowserSession } from '../../../test/harness.js';
import type { Database } from '../../platform/db/schema.js';
import { EventBus } from '../../platform/events/bus.js';
import { ActivityRecorder } from '../activities/recorder.js';
import { SalesStatusSync } from '../sales-status/sync.js';
import { expireQuotations } from './expiry.js';

// Requests the quotation and order tests share (test code only).

/** The first seeded pipeline stage and lost reason (migration 0015). */
export const STAGE = '00000000-0000-7000-8001-000000000001';
export const LOST_REASON = '00000000-0000-7000-8002-000000000001';

/** A line with sensible defaults: 1 unit at 100,00 € and 19 % VAT. */
export function line(overrides: Partial<LineItemInput> = {}): LineItemInput {
  return {
    productId: null,
    description: 'Beratung',
    quantityMilli: 1000,
    unit: 'Std.',
    unitPriceCents: 10_000,
    discountBasisPoints: 0,
    taxRate: 19,
    ...overrides,
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export function salesApi(env: {
  app: FastifyInstance;
  admin: BrowserSession;
  database: { db: Kysely<Database> };
}) {
  const inject = (method: Method, url: string, payload?: object, session?: BrowserSession) =>
    env.app.inject({ method, url, headers: as(session ?? env.admin), ...(payload ? { payload } : {}) });
  const created = async (method: Method, url: string, payload: object, session?: BrowserSession) => {
    const response = await inject(method, url, payload, session);
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const api = {
    inject,
    organization: (name = 'Muster GmbH', session?: BrowserSession): Promise<{ id: string }> =>
      created('POST', '/api/organizations', { name }, session),
    lead: (lastName = 'Lehmann', session?: BrowserSession): Promise<{ id: string }> =>
      created('POST', '/api/leads', { lastName, companyName: 'Lehmann Praxis' }, session),
    opportunity: (payload: object, session?: BrowserSession): Promise<{ id: string; version: number }> =>
      created(
        'POST',
        '/api/opportunities',
        { name: 'Praxisausstattung', stageId: STAGE, ...payload },
        session,
      ),
    quotation: (payload: object, session?: BrowserSession) =>
      created('POST', '/api/quotations', { lines: [line()], ...payload }, session),
    get: async (id: string, session?: BrowserSession) =>
      (await inject('GET', `/api/quotations/${id}`, undefined, session)).json(),
    /** Runs an action with the quotation's current version. */
    act: async (id: string, action: string, extra: object = {}, session?: BrowserSession) => {
      const { version } = await api.get(id);
      return inject('POST', `/api/quotations/${id}/${action}`, { version, ...extra }, session);
    },
    orderAct: async (id: string, action: string) => {
      const { version } = (await inject('GET', `/api/orders/${id}`)).json();
      return inject('POST', `/api/orders/${id}/${action}`, { version });
    },
    /** The stored statuses of a quotation, its opportunity and lead, straight from the tables. */
    statuses: async (ids: { quotation: string; opportunity?: string; lead?: string }) => {
      const db = env.database.db;
      const status = async (table: 'quotations' | 'opportunities' | 'leads', id?: string) =>
        id
          ? (await db.selectFrom(table).select('status').where('id', '=', id).executeTakeFirstOrThrow())
              .status
          : undefined;
      return {
        quotation: await status('quotations', ids.quotation),
        opportunity: await status('opportunities', ids.opportunity),
        lead: await status('leads', ids.lead),
      };
    },
  };
  return api;
}

/** A lead with an opportunity for a (converted) organisation, and a draft quotation of that opportunity. */
export async function salesChain(api: ReturnType<typeof salesApi>) {
  const lead = await api.lead();
  const organization = await api.organization('Lehmann Praxis GmbH');
  const opportunity = await api.opportunity({ organizationId: organization.id, leadId: lead.id });
  const quotation = await api.quotation({ opportunityId: opportunity.id });
  return {
    lead: lead.id,
    organization: organization.id,
    opportunity: opportunity.id,
    quotation: quotation.id,
  };
}

/** An event bus and recorder on the test app's database with the status sync wired as in app.ts. */
export function statusWiring() {
  const events = new EventBus();
  const recorder = new ActivityRecorder(events, { publish: async () => {} });
  const sync = new SalesStatusSync(recorder);
  events.on('sales.changed', async (trx, event) => void (await sync.refresh(trx, event)));
  return { events, recorder };
}

/** The expiry job on the test app's database with a fixed "today". */
export function runExpiry(db: Kysely<Database>, today: string): Promise<number> {
  return expireQuotations(db, statusWiring().events, today);
}
