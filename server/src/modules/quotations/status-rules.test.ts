import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { LOST_REASON, runExpiry, salesApi, salesChain } from './test-support.js';

type Api = ReturnType<typeof salesApi>;
type Chain = Awaited<ReturnType<typeof salesChain>>;

/** Steps a test drives through the API; each must succeed. */
const steps: Record<string, (api: Api, chain: Chain, env: Env) => Promise<void>> = {
  submit: async (api, chain) => ok(await api.act(chain.quotation, 'submit')),
  lost: async (api, chain) =>
    ok(await api.act(chain.quotation, 'mark-lost', { lostReasonIds: [LOST_REASON] })),
  cancel: async (api, chain) => ok(await api.act(chain.quotation, 'cancel')),
  order: async (api, chain) => ok(await api.act(chain.quotation, 'order')),
  'new-version': async (api, chain) => ok(await api.act(chain.quotation, 'new-version')),
  'cancel-order': async (api, chain) => {
    const { order } = await api.get(chain.quotation);
    ok(await api.orderAct(order.id, 'cancel'));
  },
  expire: async (_api, _chain, env) => {
    // A day far past any validity date: the job must expire what is open.
    expect(await runExpiry(env.database.db, '2999-01-01')).toBe(1);
  },
};

type Env = ReturnType<typeof freshAdminAppPerTest>;

async function ok(response: { statusCode: number; body: string }) {
  expect(response.statusCode, response.body).toBe(200);
}

describe('S5 status rules of quotations and orders, through the API', () => {
  const env = freshAdminAppPerTest();

  // Each row: the actions in order, then the stored statuses of quotation, opportunity and lead.
  const allowed: [string, string[], { quotation: string; opportunity: string; lead: string }][] = [
    ['a draft counts for nothing', [], { quotation: 'draft', opportunity: 'open', lead: 'opportunity' }],
    ['submitted', ['submit'], { quotation: 'open', opportunity: 'quotation', lead: 'quotation' }],
    ['lost', ['submit', 'lost'], { quotation: 'lost', opportunity: 'lost', lead: 'lost-quotation' }],
    ['cancelled', ['submit', 'cancel'], { quotation: 'cancelled', opportunity: 'open', lead: 'opportunity' }],
    [
      'lost, then cancelled',
      ['submit', 'lost', 'cancel'],
      { quotation: 'cancelled', opportunity: 'open', lead: 'opportunity' },
    ],
    ['ordered', ['submit', 'order'], { quotation: 'ordered', opportunity: 'converted', lead: 'converted' }],
    [
      'order cancelled',
      ['submit', 'order', 'cancel-order'],
      { quotation: 'open', opportunity: 'quotation', lead: 'quotation' },
    ],
    ['expired', ['submit', 'expire'], { quotation: 'expired', opportunity: 'open', lead: 'opportunity' }],
    [
      'superseded',
      ['submit', 'new-version'],
      { quotation: 'superseded', opportunity: 'open', lead: 'opportunity' },
    ],
  ];

  it.each(allowed)('%s', async (_name, actions, expected) => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    for (const action of actions) await steps[action]?.(api, chain, env);
    expect(
      await api.statuses({ quotation: chain.quotation, opportunity: chain.opportunity, lead: chain.lead }),
    ).toEqual(expected);
  });

  // Each row: the actions before, the refused action, and the refusal's code.
  const refused: [string[], string, string][] = [
    [[], 'mark-lost', 'quotation-is-draft'],
    [[], 'cancel', 'quotation-is-draft'],
    [[], 'order', 'quotation-is-draft'],
    [[], 'new-version', 'quotation-is-draft'],
    [['submit'], 'submit', 'quotation-is-open'],
    [['submit', 'order'], 'mark-lost', 'quotation-is-ordered'],
    [['submit', 'order'], 'cancel', 'quotation-is-ordered'],
    [['submit', 'order'], 'order', 'quotation-is-ordered'],
    [['submit', 'order'], 'new-version', 'quotation-is-ordered'],
    [['submit', 'lost'], 'order', 'quotation-is-lost'],
    [['submit', 'lost'], 'mark-lost', 'quotation-is-lost'],
    [['submit', 'cancel'], 'cancel', 'quotation-is-cancelled'],
    [['submit', 'cancel'], 'submit', 'quotation-is-cancelled'],
    [['submit', 'new-version'], 'order', 'quotation-is-superseded'],
    [['submit', 'new-version'], 'mark-lost', 'quotation-is-superseded'],
    [['submit', 'new-version'], 'new-version', 'quotation-is-superseded'],
    [['submit', 'expire'], 'order', 'quotation-is-expired'],
  ];

  it.each(refused)('after %j, %s is refused with %s and changes nothing', async (before, action, reason) => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    for (const step of before) await steps[step]?.(api, chain, env);
    const statuses = await api.statuses({
      quotation: chain.quotation,
      opportunity: chain.opportunity,
      lead: chain.lead,
    });
    const detail = await api.get(chain.quotation);
    if (action in detail.allowedActions) expect(detail.allowedActions[action]).toEqual({ ok: false, reason });
    const response = await api.act(
      chain.quotation,
      action,
      action === 'mark-lost' ? { lostReasonIds: [LOST_REASON] } : {},
    );
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().detail).toMatch(/\w/);
    expect(
      await api.statuses({ quotation: chain.quotation, opportunity: chain.opportunity, lead: chain.lead }),
    ).toEqual(statuses);
    expect((await api.get(chain.quotation)).version).toBe(detail.version);
  });

  it('refuses a quotation with no lines and one whose validity date has passed', async () => {
    const api = salesApi(env);
    const organization = await api.organization();
    const empty = await api.quotation({ organizationId: organization.id, lines: [] });
    const response = await api.act(empty.id, 'submit');
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      'Ein Angebot braucht mindestens eine Position, bevor es versendet wird.',
    );
    const old = await api.quotation({ organizationId: organization.id, validUntil: '2020-01-31' });
    expect((await api.act(old.id, 'submit')).statusCode).toBe(409);
    expect((await api.get(old.id)).status).toBe('draft');
  });

  it('orders a quotation for a lead already converted: its organisation is the customer', async () => {
    const api = salesApi(env);
    const lead = await api.lead();
    const quotation = await api.quotation({ leadId: lead.id });
    expect(quotation).toMatchObject({ leadName: expect.stringContaining('Lehmann'), organizationId: null });
    ok(await api.act(quotation.id, 'submit'));
    const { version } = (await api.inject('GET', `/api/leads/${lead.id}`)).json();
    const converted = await api.inject('POST', `/api/leads/${lead.id}/convert`, {
      version,
      organization: { mode: 'create', name: 'Lehmann Praxis', confirmNoDuplicate: true },
      contact: null,
    });
    expect(converted.statusCode, converted.body).toBe(200);
    const { organizationId } = converted.json();
    ok(await api.act(quotation.id, 'order'));
    const ordered = await api.get(quotation.id);
    expect(ordered).toMatchObject({ status: 'ordered', organizationId });
    const order = (await api.inject('GET', `/api/orders/${ordered.order.id}`)).json();
    expect(order).toMatchObject({ organizationId, leadId: lead.id, status: 'booked' });
    // No second organisation was made at booking (order-lead.test.ts covers leads not yet converted).
    expect(await env.database.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);
  });

  it('refuses marking the opportunity lost by hand while its quotation is open', async () => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    ok(await api.act(chain.quotation, 'submit'));
    const opportunity = (await api.inject('GET', `/api/opportunities/${chain.opportunity}`)).json();
    const response = await api.inject('POST', `/api/opportunities/${chain.opportunity}/status`, {
      status: 'lost',
      version: opportunity.version,
      lostReasonIds: [LOST_REASON],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe('Es gibt bereits ein Angebot; setzen Sie das Angebot auf Verloren.');
  });

  it('a new version copies lines, supersedes the old one, links both ways and carries the pinned entries', async () => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    ok(await api.act(chain.quotation, 'submit'));
    const note = (payload: object) =>
      api.inject('POST', '/api/activities', {
        type: 'note',
        subject: 'Kunde wünscht Skonto',
        links: [{ recordType: 'quotation', recordId: chain.quotation }],
        ...payload,
      });
    const pinned = await note({ pinned: true });
    expect(pinned.statusCode, pinned.body).toBe(201);
    expect((await note({ subject: 'Nur eine Notiz' })).statusCode).toBe(201);
    const response = await api.act(chain.quotation, 'new-version');
    ok(response);
    const next = response.json();
    const old = await api.get(chain.quotation);
    expect(next).toMatchObject({
      number: old.number,
      revision: 2,
      label: `${old.number}-2`,
      status: 'draft',
      predecessorId: old.id,
      opportunityId: chain.opportunity,
      grossCents: old.grossCents,
      lines: [expect.objectContaining({ description: 'Beratung', netCents: 10_000 })],
    });
    expect(old).toMatchObject({ status: 'superseded', successorId: next.id });
    const timeline = (await api.inject('GET', `/api/records/quotation/${next.id}/timeline`)).json();
    expect(timeline.pinned.map((a: { subject: string }) => a.subject)).toEqual(['Kunde wünscht Skonto']);
    expect(timeline.recent.map((a: { subject: string }) => a.subject)).toContain(
      `Angebot ${old.number}-2: Version 2 erstellt`,
    );
    // The new version is editable and can be submitted and ordered in its turn.
    ok(await api.act(next.id, 'submit'));
    ok(await api.act(next.id, 'order'));
    expect(
      await api.statuses({ quotation: next.id, opportunity: chain.opportunity, lead: chain.lead }),
    ).toEqual({
      quotation: 'ordered',
      opportunity: 'converted',
      lead: 'converted',
    });
  });

  it('ordering books an order with the quotation’s lines and totals and tells every timeline', async () => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    ok(await api.act(chain.quotation, 'submit'));
    const response = await api.act(chain.quotation, 'order');
    ok(response);
    const { order } = response.json();
    expect(order).toMatchObject({ status: 'booked', number: expect.stringMatching(/^AUF-\d{4}-00001$/) });
    const booked = (await api.inject('GET', `/api/orders/${order.id}`)).json();
    expect(booked).toMatchObject({
      status: 'booked',
      quotationId: chain.quotation,
      organizationId: chain.organization,
      opportunityId: chain.opportunity,
      grossCents: 11_900,
      bookedAt: expect.any(String),
      lines: [expect.objectContaining({ description: 'Beratung', netCents: 10_000 })],
      allowedActions: { book: { ok: false, reason: 'order-is-booked' }, cancel: { ok: true } },
    });
    const timeline = (
      await api.inject('GET', `/api/records/organization/${chain.organization}/timeline`)
    ).json();
    const subjects = timeline.recent.map((a: { subject: string }) => a.subject);
    expect(subjects).toContain(
      `Angebot ${booked.quotationNumber} beauftragt: Auftrag ${order.number} gebucht`,
    );
    expect(subjects).toContain('Chance Praxisausstattung: Status Angebot → Umgewandelt');
  });
});
