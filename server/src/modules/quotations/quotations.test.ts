import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { companyToday } from '../sales-documents/dates.js';
import { line, salesApi } from './test-support.js';

const YEAR = companyToday().slice(0, 4);

describe('quotations API (S3)', () => {
  const env = freshAdminAppPerTest();
  const api = () => salesApi(env);

  it('creates a draft with a number from the year sequence, the organisation address and 30 days validity', async () => {
    const organization = await api().organization('Praxis Dr. Schneider');
    const patched = await api().inject('PATCH', `/api/organizations/${organization.id}`, {
      version: 1,
      addresses: [
        { type: 'billing', street: 'Hauptstraße', houseNumber: '5', postalCode: '80331', city: 'München' },
      ],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const first = await api().quotation({ organizationId: organization.id });
    const second = await api().quotation({ organizationId: organization.id, lines: [] });
    expect(first.number).toBe(`ANG-${YEAR}-00001`);
    expect(second.number).toBe(`ANG-${YEAR}-00002`);
    expect(first).toMatchObject({
      status: 'draft',
      revision: 1,
      label: `ANG-${YEAR}-00001`,
      organizationName: 'Praxis Dr. Schneider',
      quotationDate: null,
      billingAddress: {
        organizationName: 'Praxis Dr. Schneider',
        street: 'Hauptstraße',
        houseNumber: '5',
        postalCode: '80331',
        city: 'München',
        countryCode: 'DE',
      },
      allowedActions: {
        edit: { ok: true },
        submit: { ok: true },
        order: { ok: false, reason: 'quotation-is-draft' },
      },
    });
    const validUntil = new Date(`${companyToday()}T00:00:00Z`);
    validUntil.setUTCDate(validUntil.getUTCDate() + 30);
    expect(first.validUntil).toBe(validUntil.toISOString().slice(0, 10));
    expect(second.allowedActions.submit).toEqual({ ok: false, reason: 'quotation-has-no-lines' });
  });

  it('computes exact totals per tax rate, rounding each line once and VAT once per rate, and stores them', async () => {
    const organization = await api().organization();
    const quotation = await api().quotation({ organizationId: organization.id, lines: [] });
    const lines = [
      // 3 × 33,33 € − 10 % = 89,991 → 89,99
      line({ quantityMilli: 3000, unitPriceCents: 3333, discountBasisPoints: 1000, taxRate: 19 }),
      // 0,5 × 0,05 € = 0,025 → 0,03
      line({ quantityMilli: 500, unitPriceCents: 5, taxRate: 19 }),
      // 7 % of 10,05 € = 0,7035 → 0,70
      line({ quantityMilli: 1000, unitPriceCents: 1005, taxRate: 7 }),
    ];
    const response = await api().inject('PATCH', `/api/quotations/${quotation.id}`, {
      version: quotation.version,
      lines,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.lines.map((l: { netCents: number }) => l.netCents)).toEqual([8999, 3, 1005]);
    // 19 %: 90,02 € net → 17,1038 → 17,10 VAT; 7 %: 10,05 € → 0,70
    expect(body.totals).toEqual({
      netCents: 10_007,
      taxCents: 1780,
      grossCents: 11_787,
      byRate: [
        { rate: 19, netCents: 9002, taxCents: 1710, grossCents: 10_712 },
        { rate: 7, netCents: 1005, taxCents: 70, grossCents: 1075 },
      ],
    });
    expect(body).toMatchObject({ netCents: 10_007, taxCents: 1780, grossCents: 11_787, version: 2 });
    const listed = (await api().inject('GET', '/api/quotations?filter[gross]=>117')).json().items;
    expect(listed.map((q: { id: string }) => q.id)).toEqual([quotation.id]);
  });

  it('draws unique, gapless numbers when many quotations are created at once', async () => {
    const organization = await api().organization();
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        api().inject('POST', '/api/quotations', { organizationId: organization.id, lines: [] }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    const numbers = responses.map((r) => r.json().number).sort();
    expect(numbers).toEqual(
      Array.from({ length: 12 }, (_, i) => `ANG-${YEAR}-${String(i + 1).padStart(5, '0')}`),
    );
  });

  it('refuses hostile input with 400 and changes nothing', async () => {
    const organization = await api().organization();
    const quotation = await api().quotation({ organizationId: organization.id });
    const bad: [string, object][] = [
      ['600 lines', { lines: Array.from({ length: 600 }, () => line()) }],
      ['negative quantity', { lines: [line({ quantityMilli: -1000 })] }],
      ['zero quantity', { lines: [line({ quantityMilli: 0 })] }],
      ['huge price', { lines: [line({ unitPriceCents: 10 ** 15 })] }],
      ['fractional cents', { lines: [line({ unitPriceCents: 10.5 })] }],
      [
        'line amount too large',
        { lines: [line({ quantityMilli: 1_000_000_000, unitPriceCents: 10_000_000_000 })] },
      ],
      ['unknown tax rate', { lines: [line({ taxRate: 16 as 19 })] }],
      ['discount over 100 %', { lines: [line({ discountBasisPoints: 10_001 })] }],
      ['price as text', { lines: [{ ...line(), unitPriceCents: '100' }] }],
      ['lines not an array', { lines: 'viele' }],
      ['unknown field', { rabatt: 5 }],
      ['bad date', { validUntil: '2026-02-31' }],
      ['unknown product', { lines: [line({ productId: 'nope' })] }],
      ['unknown contact', { contactId: 'nope' }],
    ];
    for (const [name, payload] of bad) {
      const response = await api().inject('PATCH', `/api/quotations/${quotation.id}`, {
        version: quotation.version,
        ...payload,
      });
      expect(response.statusCode, name).toBe(400);
      expect(response.headers['content-type'], name).toContain('application/problem+json');
    }
    const after = await api().get(quotation.id);
    expect(after).toMatchObject({ version: quotation.version, grossCents: 11_900 });
    expect(after.lines).toHaveLength(1);
    const rows = await env.database.db.selectFrom('quotation_lines').select('id').execute();
    expect(rows).toHaveLength(1);
  });

  it('edits only drafts: a submitted quotation answers 409, a stale version 409, and the history records header fields', async () => {
    const organization = await api().organization();
    const quotation = await api().quotation({ organizationId: organization.id });
    const changed = await api().inject('PATCH', `/api/quotations/${quotation.id}`, {
      version: quotation.version,
      introText: 'Vielen Dank für Ihre Anfrage.',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const stale = await api().inject('PATCH', `/api/quotations/${quotation.id}`, {
      version: quotation.version,
      terms: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const history = (await api().inject('GET', `/api/quotations/${quotation.id}/history`)).json().items;
    expect(history).toMatchObject([
      { field: 'introText', oldValue: null, newValue: 'Vielen Dank für Ihre Anfrage.' },
    ]);

    expect((await api().act(quotation.id, 'submit')).statusCode).toBe(200);
    const submitted = await api().get(quotation.id);
    const edit = await api().inject('PATCH', `/api/quotations/${quotation.id}`, {
      version: submitted.version,
      lines: [line({ unitPriceCents: 1 })],
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('neue Version');
    const remove = await api().inject('DELETE', `/api/quotations/${quotation.id}`);
    expect(remove.statusCode).toBe(409);
    expect((await api().get(quotation.id)).grossCents).toBe(11_900);
  });

  it('deletes drafts; deleting a draft new version puts its predecessor back in force', async () => {
    const organization = await api().organization();
    const quotation = await api().quotation({ organizationId: organization.id });
    await api().act(quotation.id, 'submit');
    const next = (await api().act(quotation.id, 'new-version')).json();
    expect((await api().get(quotation.id)).status).toBe('superseded');
    expect((await api().inject('DELETE', `/api/quotations/${next.id}`)).statusCode).toBe(204);
    expect((await api().inject('GET', `/api/quotations/${next.id}`)).statusCode).toBe(404);
    expect(await api().get(quotation.id)).toMatchObject({ status: 'open', successorId: null });
  });

  it('answers a read-only user 403 on writes and hides other owners’ quotations from own visibility', async () => {
    const organization = await api().organization();
    const quotation = await api().quotation({ organizationId: organization.id });
    const reader = await userWithRole(env.app, env.admin, 'read-only', 'leser@example.de');
    expect((await api().inject('GET', `/api/quotations/${quotation.id}`, undefined, reader)).statusCode).toBe(
      200,
    );
    const write = await api().inject('POST', '/api/quotations', { organizationId: organization.id }, reader);
    expect(write.statusCode).toBe(403);
    const act = await api().inject('POST', `/api/quotations/${quotation.id}/submit`, { version: 1 }, reader);
    expect(act.statusCode).toBe(403);

    // Sales staff in no team see their own records only (and those without owner).
    const sales = await userWithRole(env.app, env.admin, 'sales', 'vertrieb@example.de');
    expect((await api().inject('GET', `/api/quotations/${quotation.id}`, undefined, sales)).statusCode).toBe(
      404,
    );
    const list = (await api().inject('GET', '/api/quotations', undefined, sales)).json();
    expect(list.items).toEqual([]);
    const submit = await api().inject(
      'POST',
      `/api/quotations/${quotation.id}/submit`,
      { version: 1 },
      sales,
    );
    expect(submit.statusCode).toBe(404);
    expect((await api().get(quotation.id)).status).toBe('draft');
  });

  it('lists, filters by status label, exports and finds quotations in the global search', async () => {
    const organization = await api().organization('Zahnarztpraxis Weber');
    const draft = await api().quotation({ organizationId: organization.id });
    const sent = await api().quotation({ organizationId: organization.id });
    await api().act(sent.id, 'submit');
    const open = (await api().inject('GET', '/api/quotations?filter[status]=Offen')).json();
    expect(open.items.map((q: { id: string }) => q.id)).toEqual([sent.id]);
    const csv = await api().inject('GET', '/api/quotations/export?cols=number,status,gross');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(`${draft.number};Entwurf;119,00`);
    const search = (await api().inject('GET', '/api/search?q=Weber')).json();
    const group = search.groups.find((g: { type: string }) => g.type === 'quotation');
    expect(group.items).toHaveLength(2);
  });
});
