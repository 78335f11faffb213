import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

const PROFILE = {
  name: 'Müller Maschinenbau GmbH',
  nameAddition: 'Niederlassung Süd',
  street: 'Hauptstraße',
  houseNumber: '5a',
  postalCode: '80331',
  city: 'München',
  countryCode: 'de',
  phone: '+49 89 123456-0',
  email: 'info@mueller-maschinenbau.de',
  website: 'www.mueller-maschinenbau.de',
  vatId: 'de 136 695 976',
  taxNumber: '143/123/45678',
  registerCourt: 'Amtsgericht München',
  registerNumber: 'HRB 123456',
  managingDirectors: 'Anna Müller, Bernd Schmidt',
  bankName: 'Commerzbank',
  iban: 'de89 3704 0044 0532 0130 00',
  bic: 'cobadeffxxx',
  quotationValidityDays: 14,
  paymentTerms: 'Zahlbar innerhalb von 14 Tagen netto.',
  quotationTerms: 'Es gelten unsere Allgemeinen Geschäftsbedingungen.',
};

describe('company profile', () => {
  const env = freshAdminAppPerTest();

  const read = (session: BrowserSession = env.admin) =>
    env.app.inject({ url: '/api/company-profile', headers: as(session) });
  const replace = (payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'PUT', url: '/api/company-profile', headers: as(session), payload });

  it('starts empty with 30 days validity, so documents can be printed before it is filled in', async () => {
    const response = await read();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: '',
      countryCode: 'DE',
      iban: null,
      quotationValidityDays: 30,
      version: 1,
    });
  });

  it('saves every field, numbers in compact form, and gives everyone logged in the letterhead', async () => {
    const saved = await replace({ version: 1, ...PROFILE });
    expect(saved.statusCode).toBe(200);
    const expected = {
      ...PROFILE,
      countryCode: 'DE',
      vatId: 'DE136695976',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      updatedBy: env.admin.userId,
      version: 2,
    };
    expect(saved.json()).toMatchObject(expected);
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const readBySales = await read(sales);
    expect(readBySales.statusCode).toBe(200);
    expect(readBySales.json()).toEqual(saved.json());
  });

  it('lets only administrators change it', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const response = await replace({ version: 1, ...PROFILE }, sales);
    expect(response.statusCode).toBe(403);
    expect((await read()).json().version).toBe(1);
  });

  it('replaces the whole profile: fields left out or sent empty become empty', async () => {
    await replace({ version: 1, ...PROFILE });
    const response = await replace({ version: 2, name: 'Müller GmbH', phone: '', iban: '' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Müller GmbH',
      phone: null,
      iban: null,
      street: null,
      managingDirectors: null,
      countryCode: 'DE',
      quotationValidityDays: 30,
      version: 3,
    });
  });

  it('refuses a wrong IBAN, BIC and VAT id at their fields, together, and changes nothing', async () => {
    const response = await replace({
      version: 1,
      ...PROFILE,
      iban: 'DE89 3704 0044 0532 0130 01',
      bic: 'COBADE',
      vatId: 'DE136695977',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const errors = response.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path).sort()).toEqual(['bic', 'iban', 'vatId']);
    expect(errors.find((e) => e.path === 'iban')?.message).toContain('Prüfziffer');
    expect((await read()).json()).toMatchObject({ name: '', version: 1 });
  });

  it('refuses bad input by schema with the field named', async () => {
    const response = await replace({
      version: 1,
      name: ' ',
      email: 'keine-adresse',
      quotationValidityDays: 0,
      countryCode: 'Deutschland',
      logo: 'x',
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json().errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['countryCode', 'email', 'logo', 'name', 'quotationValidityDays']);
  });

  it('answers a stale version with 409 and keeps the other change', async () => {
    expect((await replace({ version: 1, ...PROFILE })).statusCode).toBe(200);
    const stale = await replace({ version: 1, ...PROFILE, name: 'Überholt AG' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toBe('urn:kontor:problem:stale-version');
    expect((await read()).json()).toMatchObject({ name: PROFILE.name, version: 2 });
  });
});
