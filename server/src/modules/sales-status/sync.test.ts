import type { Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import { type DatabaseHandle, migrateToLatest } from '../../platform/db/connection.js';
import type { Database } from '../../platform/db/schema.js';
import { EventBus } from '../../platform/events/bus.js';
import { type LiveEvent, liveEventList } from '../../platform/live/types.js';
import { ActivityRecorder } from '../activities/recorder.js';
import { SalesStatusSync } from './sync.js';

const NOW = '2026-12-03T10:00:00.000Z';
const STAGE = '00000000-0000-7000-8001-000000000001';

describe('sales status sync (S5 propagation)', () => {
  let database: DatabaseHandle;
  let sync: SalesStatusSync;
  let published: LiveEvent[];

  beforeEach(async () => {
    database = await freshDatabase();
    await migrateToLatest(database.db);
    published = [];
    const live = {
      publish: async (_trx: Transaction<Database>, events: LiveEvent | readonly LiveEvent[]) =>
        void published.push(...liveEventList(events)),
    };
    sync = new SalesStatusSync(new ActivityRecorder(new EventBus(), live));
    const bookkeeping = { created_at: NOW, updated_at: NOW, created_by: null };
    await database.db
      .insertInto('leads')
      .values({ id: 'lead', name: 'Erika Muster', name_key: 'erika muster', ...bookkeeping })
      .execute();
    await database.db
      .insertInto('opportunities')
      .values({
        id: 'opp',
        name: 'Praxisausstattung',
        name_key: 'praxisausstattung',
        lead_id: 'lead',
        stage_id: STAGE,
        expected_revenue_cents: 100_000,
        status_changed_at: NOW,
        ...bookkeeping,
      })
      .execute();
    await database.db
      .insertInto('quotations')
      .values({ id: 'q1', number: 'ANG-2026-00001', opportunity_id: 'opp', ...bookkeeping })
      .execute();
  });
  afterEach(() => database.close());

  const refresh = (event: Parameters<SalesStatusSync['refresh']>[1]) =>
    database.db.transaction().execute((trx) => sync.refresh(trx, event));
  const statuses = async () => ({
    quotation: (await database.db.selectFrom('quotations').select('status').executeTakeFirstOrThrow()).status,
    opportunity: (await database.db.selectFrom('opportunities').select('status').executeTakeFirstOrThrow())
      .status,
    lead: (await database.db.selectFrom('leads').select('status').executeTakeFirstOrThrow()).status,
  });
  const setQuotation = (change: Partial<Record<'submitted_at' | 'lost_at' | 'cancelled_at', string>>) =>
    database.db.updateTable('quotations').set(change).where('id', '=', 'q1').execute();

  it('derives quotation, opportunity and lead in one pass from the quotation that changed', async () => {
    // A lead with an opportunity reads Opportunity even before anything is derived for it.
    expect(await refresh({ leadIds: ['lead'], by: null })).toEqual([
      { recordType: 'lead', id: 'lead', from: 'open', to: 'opportunity' },
    ]);
    await setQuotation({ submitted_at: NOW });
    expect(await refresh({ quotationIds: ['q1'], by: null })).toEqual([
      { recordType: 'quotation', id: 'q1', from: 'draft', to: 'open' },
      { recordType: 'opportunity', id: 'opp', from: 'open', to: 'quotation' },
      { recordType: 'lead', id: 'lead', from: 'opportunity', to: 'quotation' },
    ]);
    expect(await statuses()).toEqual({ quotation: 'open', opportunity: 'quotation', lead: 'quotation' });
  });

  it('follows an order: booked makes all three Ordered / Converted, its cancellation undoes it', async () => {
    await setQuotation({ submitted_at: NOW });
    await refresh({ quotationIds: ['q1'], by: null });
    const order = {
      id: 'o1',
      number: 'AUF-2026-00001',
      quotation_id: 'q1',
      status: 'booked',
      created_at: NOW,
      updated_at: NOW,
      created_by: null,
    };
    await database.db.insertInto('sales_orders').values(order).execute();
    await refresh({ quotationIds: ['q1'], by: null });
    expect(await statuses()).toEqual({ quotation: 'ordered', opportunity: 'converted', lead: 'converted' });
    await database.db.updateTable('sales_orders').set({ status: 'cancelled' }).execute();
    await refresh({ quotationIds: ['q1'], by: null });
    expect(await statuses()).toEqual({ quotation: 'open', opportunity: 'quotation', lead: 'quotation' });
  });

  it('a lost quotation makes the opportunity Lost and the lead Lost Quotation', async () => {
    await setQuotation({ submitted_at: NOW, lost_at: NOW });
    await refresh({ quotationIds: ['q1'], by: null });
    expect(await statuses()).toEqual({ quotation: 'lost', opportunity: 'lost', lead: 'lost-quotation' });
  });

  it('leaves a system entry per change on the record, its opportunity and lead, and publishes it live', async () => {
    await setQuotation({ submitted_at: NOW });
    await refresh({ quotationIds: ['q1'], by: null });
    const entries = await database.db
      .selectFrom('activities')
      .select(['id', 'subject', 'system_key', 'type'])
      .orderBy('subject')
      .execute();
    expect(entries.map((e) => [e.subject, e.system_key, e.type])).toEqual([
      ['Angebot ANG-2026-00001: Status Entwurf → Offen', 'quotation.status-changed', 'system'],
      ['Chance Praxisausstattung: Status Offen → Angebot', 'opportunity.status-changed', 'system'],
      ['Lead Erika Muster: Status Offen → Angebot', 'lead.status-changed', 'system'],
    ]);
    const quotationEntry = entries[0]?.id ?? '';
    const links = await database.db
      .selectFrom('activity_links')
      .select(['record_type', 'record_id'])
      .where('activity_id', '=', quotationEntry)
      .orderBy('record_type')
      .execute();
    expect(links).toEqual([
      { record_type: 'opportunity', record_id: 'opp' },
      { record_type: 'quotation', record_id: 'q1' },
    ]);
    expect(published).toHaveLength(3);
  });

  it('changes nothing and writes no entry when the facts did not change', async () => {
    await refresh({ quotationIds: ['q1'], leadIds: ['lead'], by: null });
    const before = await database.db.selectFrom('activities').select('id').execute();
    expect(
      await refresh({ quotationIds: ['q1'], opportunityIds: ['opp'], leadIds: ['lead'], by: null }),
    ).toEqual([]);
    expect(await database.db.selectFrom('activities').select('id').execute()).toHaveLength(before.length);
  });
});
