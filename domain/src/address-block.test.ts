import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AddressBlockInput, formatAddressBlock, MAX_ADDRESS_LINES } from './address-block.js';

describe('formatAddressBlock, domestic', () => {
  it('puts the contact person under the company', () => {
    expect(
      formatAddressBlock({
        organizationName: 'Muster Maschinenbau GmbH',
        department: 'Einkauf',
        salutation: 'frau',
        title: 'Dr.',
        firstName: 'Anna',
        lastName: 'Schneider',
        street: 'Leopoldstraße',
        houseNumber: '12a',
        postalCode: '80331',
        city: 'München',
        countryCode: 'DE',
      }),
    ).toEqual([
      'Muster Maschinenbau GmbH',
      'Einkauf',
      'Frau Dr. Anna Schneider',
      'Leopoldstraße 12a',
      '80331 München',
    ]);
  });

  it('prints a private household with no company and no country line', () => {
    expect(
      formatAddressBlock({
        salutation: 'herr',
        firstName: 'Max',
        lastName: 'Mustermann',
        street: 'Hauptstraße',
        houseNumber: '5',
        addressLine2: 'Hinterhaus',
        postalCode: '10115',
        city: 'Berlin',
      }),
    ).toEqual(['Herr Max Mustermann', 'Hauptstraße 5', 'Hinterhaus', '10115 Berlin']);
  });

  it('leaves out the salutation word for divers and trims and collapses whitespace', () => {
    expect(
      formatAddressBlock({
        salutation: 'divers',
        firstName: '  Alex ',
        lastName: 'Muster',
        street: '  Am   Markt ',
        houseNumber: ' 1 ',
        postalCode: '01067 ',
        city: ' Dresden',
        organizationName: '   ',
      }),
    ).toEqual(['Alex Muster', 'Am Markt 1', '01067 Dresden']);
  });

  it('prints a post box instead of the street, grouped in pairs', () => {
    expect(
      formatAddressBlock({
        organizationName: 'Beispiel AG',
        street: 'Industriestraße',
        houseNumber: '3',
        poBox: '102030',
        postalCode: '50667',
        city: 'Köln',
      }),
    ).toEqual(['Beispiel AG', 'Postfach 10 20 30', '50667 Köln']);
    expect(
      formatAddressBlock({ lastName: 'Meyer', poBox: '1234', postalCode: '20001', city: 'Hamburg' }),
    ).toEqual(['Meyer', 'Postfach 12 34', '20001 Hamburg']);
    expect(
      formatAddressBlock({
        lastName: 'Meyer',
        poBox: 'Postfach 12 34',
        postalCode: '20001',
        city: 'Hamburg',
      })[1],
    ).toBe('Postfach 12 34');
  });

  it('never outputs empty lines, and nothing for an empty input', () => {
    expect(formatAddressBlock({})).toEqual([]);
    expect(formatAddressBlock({ salutation: 'frau', title: 'Dr.', city: 'Bonn' })).toEqual(['Bonn']);
  });
});

describe('formatAddressBlock, foreign', () => {
  it('writes Austrian mail with the place and the country in capitals', () => {
    expect(
      formatAddressBlock({
        organizationName: 'Alpen Handel GmbH',
        salutation: 'herr',
        firstName: 'Lukas',
        lastName: 'Gruber',
        street: 'Mariahilfer Straße',
        houseNumber: '88',
        postalCode: '1070',
        city: 'Wien',
        countryCode: 'at',
      }),
    ).toEqual(['Alpen Handel GmbH', 'Herr Lukas Gruber', 'Mariahilfer Straße 88', '1070 WIEN', 'ÖSTERREICH']);
  });

  it('writes Swiss mail, and a Swiss post box', () => {
    expect(
      formatAddressBlock({
        organizationName: 'Uhren AG',
        poBox: '123',
        postalCode: '8021',
        city: 'Zürich',
        countryCode: 'CH',
      }),
    ).toEqual(['Uhren AG', 'Postfach 123', '8021 ZÜRICH', 'SCHWEIZ']);
  });

  it('writes UK mail with number first and the postcode on its own line', () => {
    expect(
      formatAddressBlock({
        organizationName: 'Acme Ltd',
        salutation: 'herr',
        firstName: 'John',
        lastName: 'Smith',
        houseNumber: '10',
        street: 'Downing Street',
        postalCode: 'sw1a 2aa',
        city: 'London',
        countryCode: 'GB',
      }),
    ).toEqual([
      'Acme Ltd',
      'Herr John Smith',
      '10 Downing Street',
      'LONDON',
      'SW1A 2AA',
      'VEREINIGTES KÖNIGREICH',
    ]);
  });

  it('writes US mail as CITY STATE ZIP, in English when asked', () => {
    expect(
      formatAddressBlock(
        {
          organizationName: 'Example Inc.',
          salutation: 'frau',
          title: 'Dr.',
          firstName: 'Jane',
          lastName: 'Doe',
          houseNumber: '1600',
          street: 'Pennsylvania Ave NW',
          addressLine2: 'Suite 200',
          postalCode: '20500',
          city: 'Washington',
          region: 'DC',
          countryCode: 'US',
        },
        { language: 'en' },
      ),
    ).toEqual([
      'Example Inc.',
      'Dr. Jane Doe',
      '1600 Pennsylvania Ave NW',
      'Suite 200',
      'WASHINGTON DC 20500',
      'USA',
    ]);
  });

  it('uses English salutations and country names', () => {
    expect(
      formatAddressBlock(
        {
          salutation: 'frau',
          firstName: 'Eva',
          lastName: 'Huber',
          postalCode: '1010',
          city: 'Wien',
          countryCode: 'AT',
        },
        { language: 'en' },
      ),
    ).toEqual(['Ms Eva Huber', '1010 WIEN', 'AUSTRIA']);
  });

  it('puts the postcode first for the other European countries', () => {
    const line = (countryCode: string, postalCode: string, city: string) =>
      formatAddressBlock({ lastName: 'X', postalCode, city, countryCode }).slice(-2);
    expect(line('FR', '75008', 'Paris')).toEqual(['75008 PARIS', 'FRANKREICH']);
    expect(line('IT', '00184', 'Roma')).toEqual(['00184 ROMA', 'ITALIEN']);
    expect(line('ES', '28013', 'Madrid')).toEqual(['28013 MADRID', 'SPANIEN']);
    expect(line('NL', '1012 AB', 'Amsterdam')).toEqual(['1012 AB AMSTERDAM', 'NIEDERLANDE']);
    expect(line('BE', '1000', 'Bruxelles')).toEqual(['1000 BRUXELLES', 'BELGIEN']);
    expect(line('LU', 'L-1009', 'Luxembourg')).toEqual(['L-1009 LUXEMBOURG', 'LUXEMBURG']);
    expect(line('PL', '00-950', 'Warszawa')).toEqual(['00-950 WARSZAWA', 'POLEN']);
    expect(line('DK', '1050', 'København K')).toEqual(['1050 KØBENHAVN K', 'DÄNEMARK']);
    expect(line('SE', '111 22', 'Stockholm')).toEqual(['111 22 STOCKHOLM', 'SCHWEDEN']);
    expect(line('JP', '100-0001', 'Tokyo')).toEqual(['100-0001 TOKYO', 'JAPAN']);
  });

  it('writes the house number first in France', () => {
    expect(
      formatAddressBlock({
        lastName: 'Martin',
        houseNumber: '12',
        street: 'rue de la Paix',
        postalCode: '75002',
        city: 'Paris',
        countryCode: 'FR',
      })[1],
    ).toBe('12 rue de la Paix');
  });

  it('prints Germany as the country when the sender is elsewhere', () => {
    expect(
      formatAddressBlock(
        { lastName: 'Meyer', postalCode: '80331', city: 'München' },
        { senderCountry: 'AT' },
      ),
    ).toEqual(['Meyer', '80331 MÜNCHEN', 'DEUTSCHLAND']);
    expect(
      formatAddressBlock(
        { lastName: 'Gruber', postalCode: '1010', city: 'Wien', countryCode: 'AT' },
        { senderCountry: 'AT' },
      ),
    ).toEqual(['Gruber', '1010 Wien']);
  });
});

describe('formatAddressBlock, six-line limit', () => {
  const full: AddressBlockInput = {
    organizationName: 'Muster GmbH',
    organizationName2: '& Co. KG',
    department: 'Einkauf',
    salutation: 'frau',
    firstName: 'Anna',
    lastName: 'Schneider',
    street: 'Hauptstraße',
    houseNumber: '5',
    addressLine2: 'Gebäude 3',
    postalCode: '80331',
    city: 'München',
  };

  it('first joins the second organisation name onto the first', () => {
    expect(formatAddressBlock(full)).toEqual([
      'Muster GmbH & Co. KG',
      'Einkauf',
      'Frau Anna Schneider',
      'Hauptstraße 5',
      'Gebäude 3',
      '80331 München',
    ]);
  });

  it('then joins the additional line onto the street and the department onto the organisation', () => {
    expect(formatAddressBlock({ ...full, countryCode: 'AT' })).toEqual([
      'Muster GmbH & Co. KG',
      'Einkauf',
      'Frau Anna Schneider',
      'Hauptstraße 5, Gebäude 3',
      '80331 MÜNCHEN',
      'ÖSTERREICH',
    ]);
    expect(
      formatAddressBlock({ ...full, countryCode: 'GB', postalCode: 'SW1A 2AA', city: 'London' }),
    ).toEqual([
      'Muster GmbH & Co. KG, Einkauf',
      'Frau Anna Schneider',
      '5 Hauptstraße, Gebäude 3',
      'LONDON',
      'SW1A 2AA',
      'VEREINIGTES KÖNIGREICH',
    ]);
  });

  it('never exceeds six lines or prints an empty one, whatever is filled in', () => {
    const text = fc.option(fc.string({ maxLength: 12 }), { nil: undefined });
    const input = fc.record(
      {
        organizationName: text,
        organizationName2: text,
        department: text,
        salutation: fc.constantFrom('herr' as const, 'frau' as const, 'divers' as const, null),
        title: text,
        firstName: text,
        lastName: text,
        street: text,
        houseNumber: text,
        poBox: text,
        addressLine2: text,
        postalCode: text,
        city: text,
        region: text,
        countryCode: fc.constantFrom('DE', 'AT', 'CH', 'GB', 'US', 'FR', 'uk', '', 'ZZ', '1'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, fc.constantFrom('de' as const, 'en' as const), (address, language) => {
        const lines = formatAddressBlock(address, { language });
        expect(lines.length).toBeLessThanOrEqual(MAX_ADDRESS_LINES);
        for (const line of lines) expect(line).toBe(line.trim());
        for (const line of lines) expect(line.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
