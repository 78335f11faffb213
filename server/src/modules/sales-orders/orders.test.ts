import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { line, salesApi } from '../quotations/test-support.js';
import { companyToday } from '../sales-documents/dates.js';

const YEAR = companyToday().slice(0, 4);

describe('sales orders API (S4)', () => {
  const env = freshAdminAppPerTest();
  const api = () => salesApi(env);

  const createOrder = async (payload: object = {}) => {
    const organization = await api().organization('Bäckerei Krüger');
    const response = await api().inject('POST', '/api/orders', {
      organizationId: organization.id,
      lines: [line(), line({ taxRate: 7, unitPriceCents: 250, quantityMilli: 4000 })],
      ...payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  it('creates a draft order for an organisation with its number, date and totals', async () => {
    const order = await createOrder({ customerReference: 'B-4711' });
    expect(order).toMatchObject({
      number: `AUF-${YEAR}-00001`,
      status: 'draft',
      organizationName: 'Bäckerei Krüger',
      orderDate: companyToday(),
      customerReference: 'B-4711',
      quotationId: null,
      billingAddress: { organizationName: 'Bäckerei Krüger' },
      totals: {
        netCents: 11_000,
        taxCents: 1970,
        grossCents: 12_970,
        byRate: [
          { rate: 19, netCents: 10_000, taxCents: 1900, grossCents: 11_900 },
          { rate: 7, netCents: 1000, taxCents: 70, grossCents: 1070 },
        ],
      },
      allowedActions: {
        edit: { ok: true },
        book: { ok: true },
        complete: { ok: false, reason: 'order-is-draft' },
      },
    });
    expect((await createOrder()).number).toBe(`AUF-${YEAR}-00002`);
  });

  it('needs an organisation: a lead or nothing is a 400', async () => {
    const lead = await api().lead();
    expect((await api().inject('POST', '/api/orders', { leadId: lead.id })).statusCode).toBe(400);
    expect((await api().inject('POST', '/api/orders', {})).statusCode).toBe(400);
    expect((await api().inject('POST', '/api/orders', { organizationId: 'unbekannt' })).statusCode).toBe(400);
  });

  it('edits drafts only; books, completes and cancels by the S5 order rules', async () => {
    const order = await createOrder();
    const edited = await api().inject('PATCH', `/api/orders/${order.id}`, {
      version: order.version,
      lines: [line({ unitPriceCents: 5000 })],
      deliveryDate: '2026-12-24',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ grossCents: 5950, deliveryDate: '2026-12-24', version: 2 });

    expect((await api().orderAct(order.id, 'complete')).statusCode).toBe(409);
    const booked = await api().orderAct(order.id, 'book');
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.json()).toMatchObject({ status: 'booked', bookedAt: expect.any(String) });
    const edit = await api().inject('PATCH', `/api/orders/${order.id}`, {
      version: booked.json().version,
      terms: 'x',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('bereits gebucht');
    expect((await api().inject('DELETE', `/api/orders/${order.id}`)).statusCode).toBe(409);
    expect((await api().orderAct(order.id, 'book')).statusCode).toBe(409);
    const completed = await api().orderAct(order.id, 'complete');
    expect(completed.json()).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    const cancel = await api().orderAct(order.id, 'cancel');
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().detail).toBe('Der Auftrag ist abgeschlossen.');
    const timeline = (await api().inject('GET', `/api/records/order/${order.id}/timeline`)).json();
    expect(timeline.recent.map((a: { subject: string }) => a.subject)).toEqual([
      `Auftrag ${order.number} abgeschlossen`,
      `Auftrag ${order.number} gebucht`,
    ]);
  });

  it('deletes drafts, cancels drafts and booked orders', async () => {
    const draft = await createOrder();
    expect((await api().inject('DELETE', `/api/orders/${draft.id}`)).statusCode).toBe(204);
    expect((await api().inject('GET', `/api/orders/${draft.id}`)).statusCode).toBe(404);
    const other = await createOrder();
    expect((await api().orderAct(other.id, 'cancel')).json().status).toBe('cancelled');
  });

  it('lists with filters, exports, and keeps orders from read-only users and other owners', async () => {
    const order = await createOrder();
    const listed = (await api().inject('GET', '/api/orders?filter[status]=Entwurf&sort=number')).json();
    expect(listed.items.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const csv = await api().inject('GET', '/api/orders/export?cols=number,organizationName,gross');
    expect(csv.body).toContain(`${order.number};Bäckerei Krüger;129,70`);

    const reader = await userWithRole(env.app, env.admin, 'read-only', 'leser@example.de');
    expect((await api().inject('GET', `/api/orders/${order.id}`, undefined, reader)).statusCode).toBe(200);
    expect(
      (await api().inject('POST', `/api/orders/${order.id}/book`, { version: 1 }, reader)).statusCode,
    ).toBe(403);
    const sales = await userWithRole(env.app, env.admin, 'sales', 'vertrieb@example.de');
    expect((await api().inject('GET', `/api/orders/${order.id}`, undefined, sales)).statusCode).toBe(404);
    expect((await api().inject('DELETE', `/api/orders/${order.id}`, undefined, sales)).statusCode).toBe(403);
  });
});
