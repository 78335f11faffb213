import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { insertQuotation, opportunityApi } from './test-support.js';

describe('opportunity status by hand (S5)', () => {
  const env = freshAdminAppPerTest();
  const api = () => opportunityApi(env);

  async function opportunity() {
    const [stage] = await api().stages();
    const customer = await api().organization('Kunde');
    return (await api().create({ name: 'Chance', organizationId: customer.id, stageId: stage?.id })).json();
  }
  const reasons = async () =>
    (await api().inject('GET', '/api/lost-reasons')).json().items as { id: string; version: number }[];

  it('sets Replied, Lost with reasons and note, and Open again, each with a timeline entry', async () => {
    const created = await opportunity();
    const replied = await api().status(created.id, { status: 'replied', version: 1 });
    expect(replied.json()).toMatchObject({ status: 'replied', manualStatus: 'replied', version: 2 });
    const [first, second] = await reasons();
    const lost = await api().status(created.id, {
      status: 'lost',
      version: 2,
      lostReasonIds: [first?.id, second?.id],
      lostNote: 'Zu teuer',
    });
    expect(lost.statusCode).toBe(200);
    expect(lost.json()).toMatchObject({ status: 'lost', lostNote: 'Zu teuer' });
    expect(lost.json().lostReasons.map((r: { id: string }) => r.id)).toEqual([first?.id, second?.id]);
    const reopened = (await api().status(created.id, { status: 'open', version: 3 })).json();
    expect(reopened).toMatchObject({ status: 'open', lostReasons: [], lostNote: null });
    const entries = await env.database.db
      .selectFrom('activities')
      .select('subject')
      .where('system_key', '=', 'opportunity.status-changed')
      .orderBy('created_at')
      .execute();
    expect(entries.map((e) => e.subject)).toEqual([
      'Chance Chance: Status Offen → Beantwortet',
      'Chance Chance: Status Beantwortet → Verloren',
      'Chance Chance: Status Verloren → Offen',
    ]);
  });

  it('refuses Lost while a submitted quotation is active, with the S5 message', async () => {
    const created = await opportunity();
    await insertQuotation(env, created.id, 'open');
    const detail = (await api().inject('GET', `/api/opportunities/${created.id}`)).json();
    expect(detail.allowedStatuses.lost).toEqual({ ok: false, reason: 'opportunity-has-active-quotation' });
    const [reason] = await reasons();
    const refused = await api().status(created.id, {
      status: 'lost',
      version: 1,
      lostReasonIds: [reason?.id],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Es gibt bereits ein Angebot; setzen Sie das Angebot auf Verloren.');
    const open = await api().status(created.id, { status: 'replied', version: 1 });
    expect(open.statusCode).toBe(409);
    expect((await api().inject('GET', `/api/opportunities/${created.id}`)).json()).toMatchObject({
      manualStatus: 'open',
      version: 1,
    });
    // Closed stays possible: it outranks every derived status.
    expect((await api().status(created.id, { status: 'closed', version: 1 })).json().status).toBe('closed');
  });

  it('refuses a stale version, missing or inactive lost reasons, and reasons on other statuses', async () => {
    const created = await opportunity();
    const [reason] = await reasons();
    expect((await api().status(created.id, { status: 'replied', version: 7 })).statusCode).toBe(409);
    expect((await api().status(created.id, { status: 'lost', version: 1 })).statusCode).toBe(400);
    expect(
      (await api().status(created.id, { status: 'open', version: 1, lostReasonIds: [reason?.id] }))
        .statusCode,
    ).toBe(400);
    expect((await api().status(created.id, { status: 'converted', version: 1 })).statusCode).toBe(400);
    await api().inject('PATCH', `/api/lost-reasons/${reason?.id}`, {
      version: reason?.version,
      active: false,
    });
    const inactive = await api().status(created.id, {
      status: 'lost',
      version: 1,
      lostReasonIds: [reason?.id],
    });
    expect(inactive.statusCode).toBe(400);
    expect(inactive.json().errors[0].path).toBe('lostReasonIds');
    expect((await api().inject('GET', `/api/opportunities/${created.id}`)).json().status).toBe('open');
  });
});
