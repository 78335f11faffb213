import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { CompanyProfileService } from '../company-profile/service.js';
import { ContactService } from '../contacts/service.js';
import { LeadConversion } from '../leads/conversion.js';
import { OrganizationService } from '../organizations/service.js';
import { linkedQuotations } from './linked-quotations.js';
import { QuotationService } from './service.js';
import { salesApi, statusWiring } from './test-support.js';

// S5: booking from a quotation for a lead alone creates the customer from the lead (or links the
// lead to the customer that already exists), in the booking's transaction.
describe('ordering a quotation whose customer is only a lead', () => {
  const env = freshAdminAppPerTest();

  const leadQuotation = async (lead: object) => {
    const api = salesApi(env);
    const created = await api.inject('POST', '/api/leads', lead);
    expect(created.statusCode, created.body).toBe(201);
    const leadId: string = created.json().id;
    const opportunity = await api.opportunity({ leadId });
    const quotation = await api.quotation({ opportunityId: opportunity.id });
    expect(quotation).toMatchObject({ leadId, organizationId: null });
    expect((await api.act(quotation.id, 'submit')).statusCode).toBe(200);
    return { api, leadId, opportunityId: opportunity.id, quotationId: quotation.id as string };
  };
  const db = () => env.database.db;
  const entries = () =>
    db()
      .selectFrom('activities')
      .select(['subject', 'created_by'])
      .where('system_key', '=', 'lead.converted')
      .execute();
  const organizations = () =>
    db().selectFrom('organizations').select(['id', 'name', 'relationships']).execute();
  const contacts = () => db().selectFrom('contacts').select(['id', 'name']).execute();

  it('creates organisation and contact from the lead when a user orders, and converts the lead', async () => {
    const { api, leadId, opportunityId, quotationId } = await leadQuotation({
      firstName: 'Jana',
      lastName: 'Lehmann',
      companyName: 'Lehmann Praxis',
      city: 'Leipzig',
    });
    const ordered = await api.act(quotationId, 'order');
    expect(ordered.statusCode, ordered.body).toBe(200);
    const [organization] = await organizations();
    expect(organization).toMatchObject({ name: 'Lehmann Praxis' });
    expect(organization?.relationships).toContain('customer');
    const [contact] = await contacts();
    expect(contact?.name).toContain('Lehmann');
    const quotation = await api.get(quotationId);
    expect(quotation).toMatchObject({
      status: 'ordered',
      organizationId: organization?.id,
      contactId: contact?.id,
    });
    const order = (await api.inject('GET', `/api/orders/${quotation.order.id}`)).json();
    expect(order).toMatchObject({
      organizationId: organization?.id,
      contactId: contact?.id,
      status: 'booked',
    });
    const opportunity = (await api.inject('GET', `/api/opportunities/${opportunityId}`)).json();
    expect(opportunity).toMatchObject({ organizationId: organization?.id, status: 'converted' });
    expect(await api.statuses({ quotation: quotationId, opportunity: opportunityId, lead: leadId })).toEqual({
      quotation: 'ordered',
      opportunity: 'converted',
      lead: 'converted',
    });
    const lead = (await api.inject('GET', `/api/leads/${leadId}`)).json();
    expect(lead).toMatchObject({
      convertedOrganizationId: organization?.id,
      convertedContactId: contact?.id,
    });
    expect(await entries()).toEqual([
      { subject: 'Kunde aus Lead angelegt: Lehmann Praxis', created_by: env.admin.userId },
    ]);
  });

  it('links the lead to the organisation and contact that already exist instead of duplicating them', async () => {
    const api = salesApi(env);
    const existing = await api.inject('POST', '/api/organizations', {
      name: 'Lehmann Praxis GmbH',
      addresses: [{ city: 'Leipzig' }],
    });
    expect(existing.statusCode, existing.body).toBe(201);
    const person = await api.inject('POST', '/api/contacts', {
      firstName: 'Jana',
      lastName: 'Lehmann',
      emails: [{ type: 'work', address: 'jana@lehmann-praxis.de' }],
    });
    expect(person.statusCode, person.body).toBe(201);
    const { quotationId, leadId } = await leadQuotation({
      firstName: 'Jana',
      lastName: 'Lehmann',
      companyName: 'Lehmann Praxis',
      city: 'Leipzig',
      email: 'jana@lehmann-praxis.de',
    });
    expect((await api.act(quotationId, 'order')).statusCode).toBe(200);
    expect(await organizations()).toHaveLength(1);
    expect(await contacts()).toHaveLength(1);
    expect(await api.get(quotationId)).toMatchObject({
      organizationId: existing.json().id,
      contactId: person.json().id,
    });
    const lead = (await api.inject('GET', `/api/leads/${leadId}`)).json();
    expect(lead.convertedOrganizationId).toBe(existing.json().id);
    expect((await entries()).map((e) => e.subject)).toEqual([
      'Lead dem Kunden Lehmann Praxis GmbH zugeordnet',
    ]);
  });

  it('makes a private person of a lead without a company name', async () => {
    const { api, quotationId } = await leadQuotation({
      firstName: 'Jana',
      lastName: 'Lehmann',
      city: 'Leipzig',
    });
    expect((await api.act(quotationId, 'order')).statusCode).toBe(200);
    expect(await organizations()).toEqual([]);
    const [contact] = await contacts();
    const quotation = await api.get(quotationId);
    expect(quotation).toMatchObject({ status: 'ordered', organizationId: null, contactId: contact?.id });
    const order = (await api.inject('GET', `/api/orders/${quotation.order.id}`)).json();
    expect(order).toMatchObject({ organizationId: null, contactId: contact?.id });
    expect((await entries()).map((e) => e.subject)).toEqual([`Kunde aus Lead angelegt: ${contact?.name}`]);
  });

  it('converts the lead when the customer accepts through the link, with no user', async () => {
    const { api, leadId, quotationId } = await leadQuotation({
      lastName: 'Lehmann',
      companyName: 'Lehmann Praxis',
    });
    const link = await api.inject('POST', `/api/quotations/${quotationId}/links`, {});
    expect(link.statusCode).toBe(201);
    const token = String(link.json().url).split('/angebot/')[1] ?? '';
    const accepted = await env.app.inject({ method: 'POST', url: `/api/public/quotations/${token}/accept` });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const [organization] = await organizations();
    expect(organization?.name).toBe('Lehmann Praxis');
    expect(await api.get(quotationId)).toMatchObject({ status: 'ordered', organizationId: organization?.id });
    expect(await api.statuses({ quotation: quotationId, lead: leadId })).toMatchObject({ lead: 'converted' });
    expect(await entries()).toEqual([
      { subject: 'Kunde aus Lead angelegt: Lehmann Praxis', created_by: null },
    ]);
  });

  it('does it all in the booking transaction: a failure leaves no customer, order or conversion', async () => {
    const { api, leadId, quotationId } = await leadQuotation({
      lastName: 'Lehmann',
      companyName: 'Lehmann Praxis',
    });
    const { db: kysely, engine } = env.database;
    const { events, recorder } = statusWiring();
    const orgs = new OrganizationService(kysely, engine, events);
    const people = new ContactService(kysely, engine, orgs, events);
    const port = linkedQuotations({
      db: kysely,
      quotations: new QuotationService(kysely, engine, events, new CompanyProfileService(kysely)),
      events,
      conversion: new LeadConversion(kysely, orgs, people, recorder, events),
    });
    await expect(
      kysely.transaction().execute(async (trx) => {
        expect((await port.acceptByCustomer(trx, quotationId)).orderNumber).toMatch(/^AUF-/);
        throw new Error('a later step fails');
      }),
    ).rejects.toThrow('a later step fails');
    expect(await organizations()).toEqual([]);
    expect(await contacts()).toEqual([]);
    expect(await db().selectFrom('sales_orders').select('id').execute()).toEqual([]);
    expect(await api.statuses({ quotation: quotationId, lead: leadId })).toMatchObject({
      quotation: 'open',
      lead: 'quotation',
    });
    expect(await entries()).toEqual([]);
  });
});
