import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

describe('lead conversion', () => {
  const env = freshAdminAppPerTest();

  const post = (url: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url, headers: as(session), payload });
  const get = (url: string, session: BrowserSession = env.admin) =>
    env.app.inject({ url, headers: as(session) });
  const lead = async (payload: object = {}, session: BrowserSession = env.admin) =>
    (
      await post(
        '/api/leads',
        {
          companyName: 'Schreinerei Holz KG',
          firstName: 'Paul',
          lastName: 'Holz',
          position: 'Geschäftsführer',
          email: 'paul@holz-kg.de',
          phone: '030 555 12',
          city: 'Berlin',
          source: 'web-form',
          ...payload,
        },
        session,
      )
    ).json();
  const convert = (id: string, payload: object, session: BrowserSession = env.admin) =>
    post(`/api/leads/${id}/convert`, { version: 1, ...payload }, session);
  const stageId = async () =>
    (
      await env.database.db
        .selectFrom('pipeline_stages')
        .select('id')
        .orderBy('position')
        .executeTakeFirstOrThrow()
    ).id;
  const count = async (table: 'organizations' | 'contacts' | 'opportunities') =>
    Number(
      (
        await env.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates organisation, contact and opportunity; the lead becomes Converted', async () => {
    const source = await lead();
    const response = await convert(source.id, {
      organization: { mode: 'create', name: 'Schreinerei Holz KG' },
      contact: { mode: 'create' },
      opportunity: {
        name: 'Werkstattausstattung',
        expectedRevenueCents: 1_250_000,
        expectedCloseDate: '2027-03-31',
        stageId: await stageId(),
      },
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.organizationId).toBeTruthy();
    expect(result.opportunityId).toBeTruthy();

    const organization = (await get(`/api/organizations/${result.organizationId}`)).json();
    expect(organization).toMatchObject({
      name: 'Schreinerei Holz KG',
      city: 'Berlin',
      relationships: ['prospect'],
    });
    const contact = (await get(`/api/contacts/${result.contactId}`)).json();
    expect(contact).toMatchObject({
      name: 'Paul Holz',
      email: 'paul@holz-kg.de',
      phone: '030 555 12',
      organizationId: result.organizationId,
      position: 'Geschäftsführer',
    });
    const opportunity = await env.database.db
      .selectFrom('opportunities')
      .selectAll()
      .where('id', '=', result.opportunityId)
      .executeTakeFirstOrThrow();
    expect(opportunity).toMatchObject({
      name: 'Werkstattausstattung',
      lead_id: source.id,
      organization_id: result.organizationId,
      contact_id: result.contactId,
      status: 'open',
      probability: null,
      source: 'web-form',
      expected_close_date: '2027-03-31',
    });
    expect(Number(opportunity.expected_revenue_cents)).toBe(1_250_000);

    const converted = (await get(`/api/leads/${source.id}`)).json();
    expect(converted).toMatchObject({
      status: 'converted',
      convertedOrganizationId: result.organizationId,
      convertedContactId: result.contactId,
      version: 2,
    });
    expect(converted.convertedAt).toBeTruthy();
    for (const [type, id] of [
      ['lead', source.id],
      ['organization', result.organizationId],
      ['contact', result.contactId],
    ]) {
      const timeline = JSON.stringify((await get(`/api/records/${type}/${id}/timeline`)).json());
      expect(timeline).toContain('Lead konvertiert');
    }
    const again = await post(`/api/leads/${source.id}/convert`, {
      version: 2,
      organization: null,
      contact: { mode: 'create', confirmNoDuplicate: true },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Dieser Lead wurde bereits konvertiert.');
  });

  it('offers likely duplicates and refuses to create one silently', async () => {
    const existing = (
      await post('/api/organizations', {
        name: 'Schreinerei Holz GmbH',
        addresses: [{ city: 'Berlin' }],
      })
    ).json();
    const person = (
      await post('/api/contacts', {
        firstName: 'Paul',
        lastName: 'Holz',
        emails: [{ address: 'PAUL@holz-kg.de' }],
      })
    ).json();
    const source = await lead();
    const candidates = (await get(`/api/leads/${source.id}/conversion-candidates`)).json();
    expect(candidates.organizations).toEqual([
      { id: existing.id, name: 'Schreinerei Holz GmbH', city: 'Berlin', reasons: ['name'] },
    ]);
    expect(candidates.contacts).toMatchObject([{ id: person.id, name: 'Paul Holz', reasons: ['email'] }]);

    const before = { organizations: await count('organizations'), contacts: await count('contacts') };
    const refused = await convert(source.id, {
      organization: { mode: 'create', name: 'Schreinerei Holz KG' },
      contact: { mode: 'create' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Schreinerei Holz GmbH');
    expect(refused.json().errors[0].path).toBe('organization');
    const contactRefused = await convert(source.id, {
      organization: { mode: 'match', organizationId: existing.id },
      contact: { mode: 'create' },
    });
    expect(contactRefused.statusCode).toBe(409);
    expect(contactRefused.json().errors[0].path).toBe('contact');
    expect(await count('organizations')).toBe(before.organizations);
    expect(await count('contacts')).toBe(before.contacts);

    const confirmed = await convert(source.id, {
      organization: { mode: 'create', name: 'Schreinerei Holz KG', confirmNoDuplicate: true },
      contact: { mode: 'create', confirmNoDuplicate: true },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(await count('organizations')).toBe(before.organizations + 1);
  });

  it('matches existing records, employs the contact there and carries the timeline over', async () => {
    const organization = (await post('/api/organizations', { name: 'Holz & Co' })).json();
    const person = (await post('/api/contacts', { lastName: 'Holz' })).json();
    const source = await lead();
    const note = (
      await post('/api/activities', {
        type: 'note',
        subject: 'Erstgespräch auf der Messe',
        links: [{ recordType: 'lead', recordId: source.id }],
      })
    ).json();
    expect(note.id).toBeTruthy();
    const response = await convert(source.id, {
      organization: { mode: 'match', organizationId: organization.id },
      contact: { mode: 'match', contactId: person.id },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      leadId: source.id,
      organizationId: organization.id,
      contactId: person.id,
      opportunityId: null,
    });
    const contact = (await get(`/api/contacts/${person.id}`)).json();
    expect(contact).toMatchObject({ organizationId: organization.id, position: 'Geschäftsführer' });
    for (const [type, id] of [
      ['lead', source.id],
      ['organization', organization.id],
      ['contact', person.id],
    ]) {
      const timeline = JSON.stringify((await get(`/api/records/${type}/${id}/timeline`)).json());
      expect(timeline).toContain('Erstgespräch auf der Messe');
    }
  });

  it('rolls everything back when a later step fails', async () => {
    const source = await lead();
    const before = { organizations: await count('organizations'), contacts: await count('contacts') };
    const response = await convert(source.id, {
      organization: { mode: 'create', name: 'Schreinerei Holz KG' },
      contact: { mode: 'create' },
      opportunity: { name: 'X', expectedRevenueCents: 0, expectedCloseDate: null, stageId: 'keine-phase' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('opportunity.stageId');
    expect(await count('organizations')).toBe(before.organizations);
    expect(await count('contacts')).toBe(before.contacts);
    expect(await count('opportunities')).toBe(0);
    expect((await get(`/api/leads/${source.id}`)).json()).toMatchObject({ status: 'open', version: 1 });
  });

  it('adopts the lead’s opportunities and refuses what the caller may not do', async () => {
    const source = await lead({ companyName: null, city: null });
    const stage = await stageId();
    const { opportunityId } = (
      await convert(source.id, {
        organization: null,
        contact: { mode: 'create' },
        opportunity: {
          name: 'Privatauftrag',
          expectedRevenueCents: 50_000,
          expectedCloseDate: null,
          stageId: stage,
        },
      })
    ).json();
    const row = await env.database.db
      .selectFrom('opportunities')
      .select(['organization_id', 'contact_id'])
      .where('id', '=', opportunityId)
      .executeTakeFirstOrThrow();
    expect(row.organization_id).toBeNull();
    expect(row.contact_id).toBeTruthy();

    const companyOnly = await lead({ firstName: null, lastName: null });
    const noPerson = await convert(companyOnly.id, { organization: null, contact: { mode: 'create' } });
    expect(noPerson.statusCode).toBe(400);
    expect((await convert(companyOnly.id, { organization: null, contact: null })).statusCode).toBe(400);
    const stale = await convert(companyOnly.id, {
      version: 7,
      organization: { mode: 'create', name: 'Schreinerei Holz KG' },
      contact: null,
    });
    expect(stale.statusCode).toBe(409);

    const service = await userWithRole(env.app, env.admin, 'service');
    expect(
      (await convert(companyOnly.id, { organization: { mode: 'create', name: 'X' }, contact: null }, service))
        .statusCode,
    ).toBe(403);
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const hidden = await convert(
      companyOnly.id,
      { organization: { mode: 'create', name: 'X' }, contact: null },
      sales,
    );
    expect(hidden.statusCode).toBe(404);
  });
});
