import { publicQuotationSchema } from '@kontor/domain/customer-links';
import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { CompanyProfileService } from '../company-profile/service.js';
import { ContactService } from '../contacts/service.js';
import { LeadConversion } from '../leads/conversion.js';
import { OrganizationService } from '../organizations/service.js';
import { linkedQuotations } from './linked-quotations.js';
import { QuotationService } from './service.js';
import { salesApi, salesChain, statusWiring } from './test-support.js';

describe('the quotations port of the customer link', () => {
  const env = freshAdminAppPerTest();

  const port = () => {
    const { db, engine } = env.database;
    const { events, recorder } = statusWiring();
    const quotations = new QuotationService(db, engine, events, new CompanyProfileService(db));
    const organizations = new OrganizationService(db, engine, events);
    const contacts = new ContactService(db, engine, organizations, events);
    const conversion = new LeadConversion(db, organizations, contacts, recorder, events);
    return linkedQuotations({ db, quotations, events, conversion });
  };

  it('shows the public view and books the order when the customer accepts, with all statuses', async () => {
    const api = salesApi(env);
    const chain = await salesChain(api);
    expect((await api.act(chain.quotation, 'submit')).statusCode).toBe(200);
    const linked = port();
    const found = await linked.find(env.database.db, chain.quotation);
    expect(found).toMatchObject({ status: 'open', orderNumber: null });
    expect(found?.timeline.map((k) => k.recordType)).toEqual([
      'quotation',
      'opportunity',
      'lead',
      'organization',
    ]);
    const view = await linked.publicView(env.database.db, chain.quotation, 'en');
    expect(() => publicQuotationSchema.omit({ state: true, orderNumber: true }).parse(view)).not.toThrow();
    expect(view.totals.grossCents).toBe(11_900);

    const { orderNumber } = await env.database.db
      .transaction()
      .execute((trx) => linked.acceptByCustomer(trx, chain.quotation));
    expect(orderNumber).toMatch(/^AUF-\d{4}-00001$/);
    expect(
      await api.statuses({ quotation: chain.quotation, opportunity: chain.opportunity, lead: chain.lead }),
    ).toEqual({
      quotation: 'ordered',
      opportunity: 'converted',
      lead: 'converted',
    });
    const order = await env.database.db
      .selectFrom('sales_orders')
      .select(['accepted_via', 'created_by'])
      .executeTakeFirstOrThrow();
    expect(order).toEqual({ accepted_via: 'customer-link', created_by: null });
    await expect(
      env.database.db.transaction().execute((trx) => linked.acceptByCustomer(trx, chain.quotation)),
    ).rejects.toMatchObject({ status: 409, code: 'quotation-is-ordered' });
  });
});
