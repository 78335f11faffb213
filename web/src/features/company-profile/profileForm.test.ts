import type { CompanyProfile } from '@kontor/domain/company-profile';
import { describe, expect, it } from 'vitest';
import { changedFieldsBetween, initialValues, numberChecks, toPayload } from './profileForm';

const profile: CompanyProfile = {
  name: 'Müller Maschinenbau GmbH',
  nameAddition: null,
  street: 'Hauptstraße',
  houseNumber: '5a',
  postalCode: '80331',
  city: 'München',
  countryCode: 'DE',
  phone: null,
  email: 'info@mueller.de',
  website: null,
  vatId: 'DE136695976',
  taxNumber: null,
  registerCourt: 'Amtsgericht München',
  registerNumber: 'HRB 123456',
  managingDirectors: 'Anna Müller',
  bankName: 'Commerzbank',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  quotationValidityDays: 30,
  paymentTerms: 'Zahlbar innerhalb von 14 Tagen netto.',
  quotationTerms: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
  updatedBy: 'u1',
  version: 4,
};

describe('company profile form', () => {
  it('shows empty fields as empty text and the IBAN in groups of four', () => {
    const values = initialValues(profile);
    expect(values).toMatchObject({
      phone: '',
      iban: 'DE89 3704 0044 0532 0130 00',
      quotationValidityDays: 30,
    });
  });

  it('sends the whole profile with the version read, empty fields as null', () => {
    const values = { ...initialValues(profile), city: ' München ', phone: '', countryCode: 'at' };
    expect(toPayload(values, profile.version)).toMatchObject({
      version: 4,
      city: 'München',
      phone: null,
      countryCode: 'AT',
      iban: 'DE89 3704 0044 0532 0130 00',
      quotationTerms: null,
      quotationValidityDays: 30,
    });
  });

  it('names the fields someone else changed', () => {
    expect(
      changedFieldsBetween(profile, { ...profile, iban: null, quotationValidityDays: 14, version: 5 }),
    ).toEqual(['iban', 'quotationValidityDays']);
  });

  it('accepts empty or valid numbers and refuses typos', () => {
    expect(numberChecks.iban('')).toBe(true);
    expect(numberChecks.iban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(numberChecks.iban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(numberChecks.vatId('DE136695977')).toBe(false);
    expect(numberChecks.bic('COBADE')).toBe(false);
    expect(numberChecks.quotationValidityDays('')).toBe(false);
    expect(numberChecks.quotationValidityDays(366)).toBe(false);
  });
});
