import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { EventBus } from '../../platform/events/bus.js';
import { ActivityRecorder } from '../activities/recorder.js';
import { SalesStatusSync } from '../sales-status/sync.js';
import { closeUntouchedOpportunities } from './auto-close.js';
import { opportunityApi } from './test-support.js';

describe('opportunity auto-close job', () => {
  const env = freshAdminAppPerTest();
  const api = () => opportunityApi(env);
  const DAY = 24 * 60 * 60 * 1000;

  it('closes Replied opportunities untouched for 15 days and leaves the others', async () => {
    const [stage] = await api().stages();
    const customer = await api().organization('Kunde');
    const make = async (name: string, status: 'replied' | 'open') => {
      const created = (await api().create({ name, organizationId: customer.id, stageId: stage?.id })).json();
      if (status === 'replied') await api().status(created.id, { status, version: 1 });
      return created.id as string;
    };
    const old = await make('Alt beantwortet', 'replied');
    const young = await make('Jung beantwortet', 'replied');
    const open = await make('Alt offen', 'open');
    const now = new Date();
    const age = async (id: string, days: number) => {
      const at = new Date(now.getTime() - days * DAY).toISOString();
      await env.database.db
        .updateTable('opportunities')
        .set({ updated_at: at, status_changed_at: at })
        .where('id', '=', id)
        .execute();
    };
    await age(old, 15);
    await age(young, 14);
    await age(open, 30);

    // The job's own bus, wired to the status sync as app.ts does (live events go nowhere here).
    const events = new EventBus();
    const sync = new SalesStatusSync(new ActivityRecorder(events, { publish: async () => {} }));
    events.on('sales.changed', async (trx, event) => void (await sync.refresh(trx, event)));
    const closed = await closeUntouchedOpportunities(env.database.db, events, now);
    expect(closed).toBe(1);
    const rows = await env.database.db
      .selectFrom('opportunities')
      .select(['name', 'manual_status', 'status'])
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'Alt beantwortet', manual_status: 'closed', status: 'closed' },
      { name: 'Alt offen', manual_status: 'open', status: 'open' },
      { name: 'Jung beantwortet', manual_status: 'replied', status: 'replied' },
    ]);
    const entry = await env.database.db
      .selectFrom('activities')
      .select('subject')
      .where('system_key', '=', 'opportunity.status-changed')
      .where('subject', 'like', '%Geschlossen%')
      .execute();
    expect(entry.map((e) => e.subject)).toEqual(['Chance Alt beantwortet: Status Beantwortet → Geschlossen']);
    expect(await closeUntouchedOpportunities(env.database.db, events, now)).toBe(0);
  });
});
