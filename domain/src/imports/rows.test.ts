import { describe, expect, it } from 'vitest';
import { normalizeHeader, suggestMapping } from './fields.js';
import { convertRow } from './rows.js';
import { checkMapping } from './schemas.js';
import { readDate, readNumber, splitStreet } from './values.js';

describe('import mapping', () => {
  it('normalises headers', () => {
    expect(normalizeHeader(' E-Mail ')).toBe('email');
    expect(normalizeHeader('Straße')).toBe('strasse');
    expect(normalizeHeader('USt-IdNr.')).toBe('ustidnr');
  });

  it('suggests fields from German and English headers', () => {
    expect(
      suggestMapping('contact', [
        'Vorname',
        'Nachname',
        'E-Mail (geschäftlich)',
        'Telefon',
        'Firma',
        'PLZ',
        'Ort',
        'Notiz',
      ]),
    ).toEqual(['firstName', 'lastName', 'email', 'phone', 'organization', 'postalCode', 'city', null]);
    expect(
      suggestMapping('contact', ['First name', 'Last name', 'Email', 'Phone', 'Company', 'Zip', 'City']),
    ).toEqual(['firstName', 'lastName', 'email', 'phone', 'organization', 'postalCode', 'city']);
    expect(
      suggestMapping('organization', [
        'Firma',
        'Straße',
        'Postleitzahl',
        'Stadt',
        'USt-IdNr.',
        'Schlagwörter',
      ]),
    ).toEqual(['name', 'street', 'postalCode', 'city', 'vatId', 'tags']);
  });

  it('maps each field to one column only', () => {
    expect(suggestMapping('contact', ['E-Mail', 'Email'])).toEqual(['email', null]);
  });

  it('checks a chosen mapping', () => {
    expect(checkMapping('contact', ['firstName'])).toEqual([
      { column: null, code: 'import-field-missing', field: 'lastName' },
    ]);
    expect(checkMapping('contact', ['fullName', 'nope', 'email', 'email'])).toEqual([
      { column: 1, code: 'unknown-import-field' },
      { column: 3, code: 'import-field-twice' },
    ]);
    expect(checkMapping('organization', ['name'])).toEqual([]);
  });
});

describe('import values', () => {
  it('reads German and ISO dates, refuses impossible ones', () => {
    expect(readDate('01.03.1970')).toBe('1970-03-01');
    expect(readDate('1970-03-01')).toBe('1970-03-01');
    expect(readDate('31.02.1970')).toBeUndefined();
    expect(readDate('03/01/1970')).toBeUndefined();
  });

  it('reads German and English numbers', () => {
    expect(readNumber('1.234,56 €')).toBe(1234.56);
    expect(readNumber('1,234.56')).toBe(1234.56);
    expect(readNumber('1.000')).toBe(1000);
    expect(readNumber('12,5')).toBe(12.5);
    expect(readNumber('abc')).toBeUndefined();
  });

  it('splits a house number off the street', () => {
    expect(splitStreet('Hauptstraße 12a')).toEqual({ street: 'Hauptstraße', houseNumber: '12a' });
    expect(splitStreet('Straße des 17. Juni 135')).toEqual({
      street: 'Straße des 17. Juni',
      houseNumber: '135',
    });
    expect(splitStreet('Am Markt')).toEqual({ street: 'Am Markt', houseNumber: null });
  });
});

describe('converting a row', () => {
  const mapping = [
    'fullName',
    'email',
    'Telefon',
    'birthday',
    'salutation',
    'street',
    'postalCode',
    'city',
    'organization',
    'tags',
  ].map((key) => (key === 'Telefon' ? 'phone' : key));

  it('builds the contact input the API would receive', () => {
    const row = convertRow('contact', mapping, [
      'Müller, Anna',
      'anna@example.de',
      '030 1234567',
      '24.12.1980',
      'Frau',
      'Hauptstr. 5',
      '1067',
      'Dresden',
      'Muster GmbH',
      'VIP; Messe',
    ]);
    expect(row.errors).toEqual([]);
    expect(row.input).toMatchObject({
      firstName: 'Anna',
      lastName: 'Müller',
      salutation: 'frau',
      birthday: '1980-12-24',
      emails: [{ type: 'work', address: 'anna@example.de' }],
      phones: [{ type: 'work', number: '030 1234567' }],
      tags: ['VIP', 'Messe'],
      addresses: [
        { street: 'Hauptstr.', houseNumber: '5', postalCode: '01067', city: 'Dresden', countryCode: 'DE' },
      ],
    });
    expect(row.refs.organization).toBe('Muster GmbH');
  });

  it('reports every bad cell with its column and saves nothing of the row', () => {
    const row = convertRow('contact', mapping, [
      '',
      'kein-at',
      '12',
      '31.02.1980',
      'Dr.',
      '',
      '',
      '',
      '',
      'a,',
    ]);
    expect(row.input).toBeNull();
    expect(row.errors.sort((a, b) => Number(a.column) - Number(b.column))).toEqual([
      { column: 0, field: 'fullName', code: 'required' },
      { column: 1, field: 'email', code: 'invalid-email' },
      { column: 2, field: 'phone', code: 'invalid-phone' },
      { column: 3, field: 'birthday', code: 'invalid-date' },
      { column: 4, field: 'salutation', code: 'invalid-choice' },
    ]);
  });

  it('checks organisations with the form schema (VAT id, length, relationships)', () => {
    const row = convertRow(
      'organization',
      ['name', 'vatId', 'relationships', 'creditLimit'],
      ['x'.repeat(201), 'DE12', 'Kunde, Marsmensch', '1.500,00'],
    );
    expect(row.errors.map((e) => [e.field, e.code])).toEqual([
      ['vatId', 'invalid-vat-id'],
      ['relationships', 'invalid-choice'],
      ['name', 'too-long'],
    ]);
    const good = convertRow(
      'organization',
      ['name', 'relationships', 'creditLimit', 'countryCode'],
      ['Muster GmbH', 'Kunde, Lieferant', '1.500,00', 'Österreich'],
    );
    expect(good.input).toMatchObject({
      name: 'Muster GmbH',
      relationships: ['customer', 'supplier'],
      creditLimitCents: 150000,
      addresses: [],
    });
  });
});
