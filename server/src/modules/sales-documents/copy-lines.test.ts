import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { line, salesApi } from '../quotations/test-support.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Line = { id: string; position: number } & Record<string, unknown>;

/** A line without its id: what a copy must keep exactly. */
const content = ({ id: _id, ...rest }: Line) => rest;

// copyLines: a booked order and a new version get the quotation's lines in SQL, with new ids.
describe("copying a document's lines", () => {
  const env = freshAdminAppPerTest();

  const quotationWithLines = async (count: number) => {
    const api = salesApi(env);
    const organization = await api.organization();
    const lines = Array.from({ length: count }, (_, i) =>
      line({
        description: `Position ${i + 1}`,
        quantityMilli: 500 * (i + 1),
        unitPriceCents: 1_999 + i,
        discountBasisPoints: i % 3 === 0 ? 250 : 0,
        taxRate: i % 2 === 0 ? 19 : 7,
      }),
    );
    const quotation = await api.quotation({ organizationId: organization.id, lines });
    expect((await api.act(quotation.id, 'submit')).statusCode).toBe(200);
    return { api, quotation: await api.get(quotation.id) };
  };

  const expectCopied = (copy: Line[], original: Line[]) => {
    expect(copy.map(content)).toEqual(original.map(content));
    const ids = copy.map((l) => l.id);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set([...ids, ...original.map((l) => l.id)]).size).toBe(ids.length + original.length);
  };

  it("books an order with the quotation's lines in order, each with a new id", async () => {
    const { api, quotation } = await quotationWithLines(12);
    const ordered = await api.act(quotation.id, 'order');
    expect(ordered.statusCode, ordered.body).toBe(200);
    const order = (await api.inject('GET', `/api/orders/${ordered.json().order.id}`)).json();
    expect(order.lines.map((l: Line) => l.position)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expectCopied(order.lines, quotation.lines);
    expect(order.totals).toEqual(quotation.totals);
  });

  it('gives a new version the lines of the old one, and two copies different ids', async () => {
    const { api, quotation } = await quotationWithLines(3);
    const second = await api.act(quotation.id, 'new-version');
    expect(second.statusCode, second.body).toBe(200);
    expectCopied(second.json().lines, quotation.lines);
    expect((await api.act(second.json().id, 'submit')).statusCode).toBe(200);
    const third = await api.act(second.json().id, 'new-version');
    expect(third.statusCode, third.body).toBe(200);
    expectCopied(third.json().lines, second.json().lines);
  });
});
