import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { salesApi, salesChain } from '../quotations/test-support.js';

describe('customer links (issue 5)', () => {
  const env = freshAdminAppPerTest();

  /** A submitted quotation of an opportunity for a lead, and a fresh link to it. */
  const shared = async () => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    expect((await api.act(chain.quotation, 'submit')).statusCode).toBe(200);
    const created = await api.inject('POST', `/api/quotations/${chain.quotation}/links`, {});
    expect(created.statusCode).toBe(201);
    const link = created.json();
    const token = String(link.url).split('/angebot/')[1] ?? '';
    return { api, chain, link, token };
  };
  /** The public page, as a browser without a login sees it. */
  const visit = (token: string, cookie?: string, language = 'de-DE') =>
    env.app.inject({
      url: `/api/public/quotations/${encodeURIComponent(token)}`,
      headers: { 'accept-language': language, ...(cookie ? { cookie } : {}) },
    });
  const visitorCookie = (response: Awaited<ReturnType<typeof visit>>) =>
    String(response.headers['set-cookie']).split(';')[0] ?? '';
  const entries = async (systemKey: string) =>
    env.database.db
      .selectFrom('activities')
      .select(['subject', 'created_by'])
      .where('system_key', '=', systemKey)
      .execute();

  it('shares only a submitted, open quotation; the URL carries a token shown only once', async () => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    const draft = await api.inject('POST', `/api/quotations/${chain.quotation}/links`, {});
    expect(draft.statusCode).toBe(409);
    expect(draft.json().type).toContain('quotation-not-open-for-link');

    const { link, token } = await shared();
    expect(link.url).toMatch(/^http:\/\/localhost(:\d+)?\/angebot\/kontor_l_[A-Za-z0-9_-]{43}$/);
    expect(link).toMatchObject({ active: true, openedCount: 0, revokedAt: null, acceptedAt: null });
    const listed = await env.app.inject({
      url: `/api/quotations/${link.quotationId}/links`,
      headers: as(env.admin),
    });
    expect(listed.json().items).toHaveLength(1);
    expect(listed.body).not.toContain(token);
    // Only the digest is stored.
    const stored = await env.database.db.selectFrom('quotation_links').select('token_digest').execute();
    expect(stored[0]?.token_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('shows the quotation without a login and records "Angebot geöffnet" once per visitor', async () => {
    const { token, link } = await shared();
    const first = await visit(token);
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.state).toBe('open');
    expect(page.number).toMatch(/^ANG-\d{4}-\d{5}$/);
    expect(page.lines).toHaveLength(1);
    expect(page.totals).toMatchObject({ netCents: 10_000, taxCents: 1_900, grossCents: 11_900 });
    // Nothing internal: no owner, no ids of the CRM's records.
    expect(first.body).not.toContain(link.quotationId);
    const cookie = visitorCookie(first);
    expect(cookie).toMatch(/^kontor_visitor=/);

    expect((await visit(token, cookie)).statusCode).toBe(200);
    expect(await entries('quotation.opened')).toEqual([
      { subject: `Angebot geöffnet: ${page.number}`, created_by: null },
    ]);
    // Another browser is another visitor.
    await visit(token);
    expect(await entries('quotation.opened')).toHaveLength(2);
    const listed = await env.app.inject({
      url: `/api/quotations/${link.quotationId}/links`,
      headers: as(env.admin),
    });
    expect(listed.json().items[0].openedCount).toBe(3);
  });

  it('accepting books the order once, records "Angebot beauftragt" and converts the whole chain', async () => {
    const { api, chain, token } = await shared();
    const accepted = await env.app.inject({ method: 'POST', url: `/api/public/quotations/${token}/accept` });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'accepted', orderNumber: expect.stringMatching(/^AUF-/) });
    expect(await api.statuses(chain)).toEqual({
      quotation: 'ordered',
      opportunity: 'converted',
      lead: 'converted',
    });
    const [entry] = await entries('quotation.accepted');
    expect(entry?.subject).toMatch(/^Angebot beauftragt: ANG-\d{4}-\d{5} \(Auftrag AUF-\d{4}-\d{5}\)$/);

    const again = await env.app.inject({ method: 'POST', url: `/api/public/quotations/${token}/accept` });
    expect(again.statusCode).toBe(409);
    expect(await env.database.db.selectFrom('sales_orders').select('id').execute()).toHaveLength(1);
    // The page keeps showing the confirmation.
    expect((await visit(token)).json()).toMatchObject({ state: 'accepted' });
  });

  it('serves the PDF through the link', async () => {
    const { token } = await shared();
    const pdf = await env.app.inject({ url: `/api/public/quotations/${token}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers a wrong, revoked and expired token alike, revealing nothing', async () => {
    const { api, link, token } = await shared();
    const wrong = await visit(`${token.slice(0, -2)}xx`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().type).toContain('customer-link-invalid');

    const revoked = await api.inject('POST', `/api/quotations/${link.quotationId}/links/${link.id}/revoke`);
    expect(revoked.statusCode).toBe(204);
    const afterRevoke = await visit(token);
    expect(afterRevoke.statusCode).toBe(404);
    expect(afterRevoke.json().detail).toBe(wrong.json().detail);
    const accept = await env.app.inject({ method: 'POST', url: `/api/public/quotations/${token}/accept` });
    expect(accept.statusCode).toBe(404);

    const second = (await api.inject('POST', `/api/quotations/${link.quotationId}/links`, {})).json();
    await env.database.db
      .updateTable('quotation_links')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', second.id)
      .execute();
    const expired = await visit(String(second.url).split('/angebot/')[1] ?? '');
    expect(expired.statusCode).toBe(404);
    expect(expired.json().detail).toBe(wrong.json().detail);
    expect(await entries('quotation.opened')).toEqual([]);
  });

  it('refuses bad input and users without the right, and limits the rate of guesses', async () => {
    const { api, link } = await shared();
    const past = await api.inject('POST', `/api/quotations/${link.quotationId}/links`, {
      expiresOn: '2020-01-01',
    });
    expect(past.statusCode).toBe(400);
    const wrongType = await api.inject('POST', `/api/quotations/${link.quotationId}/links`, {
      expiresOn: 42,
    });
    expect(wrongType.statusCode).toBe(400);
    const oversized = await visit('x'.repeat(500));
    expect(oversized.statusCode).toBe(414);
    expect(oversized.headers['content-type']).toContain('application/problem+json');

    const reader = await userWithRole(env.app, env.admin, 'read-only');
    const forbidden = await api.inject('POST', `/api/quotations/${link.quotationId}/links`, {}, reader);
    expect(forbidden.statusCode).toBe(403);
    const salesperson = await userWithRole(env.app, env.admin, 'sales');
    // The admin's quotation is not the salesperson's (own visibility): it does not exist for them.
    const hidden = await api.inject(
      'GET',
      `/api/quotations/${link.quotationId}/links`,
      undefined,
      salesperson,
    );
    expect(hidden.statusCode).toBe(404);
    expect(await env.database.db.selectFrom('quotation_links').select('id').execute()).toHaveLength(1);

    const statuses = [];
    for (let n = 0; n < 31; n++) statuses.push((await visit(`kontor_l_guess${n}`)).statusCode);
    expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
