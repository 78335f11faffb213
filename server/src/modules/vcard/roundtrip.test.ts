import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, setupAdmin, type TestApp } from '../../../test/harness.js';
import { vcardClient } from './test-client.js';

/** The fields a vCard carries, as the API shows them; ids and timestamps differ between databases. */
function carried(contact: Record<string, unknown>) {
  const employments = contact.employments as { department: string | null }[];
  const addresses = contact.addresses as { id: string }[];
  return {
    salutation: contact.salutation,
    title: contact.title,
    firstName: contact.firstName,
    lastName: contact.lastName,
    birthday: contact.birthday,
    language: contact.language,
    tags: contact.tags,
    emails: contact.emails,
    phones: contact.phones,
    addresses: addresses.map(({ id: _id, ...address }) => address),
    organizationName: contact.organizationName,
    position: contact.position,
    department: employments[0]?.department ?? null,
  };
}

const PEOPLE = [
  {
    salutation: 'frau',
    title: 'Prof. Dr.',
    firstName: 'Anna; Maria, \\ „Änne“',
    lastName: 'Müller-Weiß\nzweite Zeile',
    birthday: '1970-03-15',
    language: 'en',
    tags: ['VIP', 'Messe; 2025', 'Grüße \\ Backslash'],
    emails: [
      { type: 'work', address: 'anna@mueller.example' },
      { type: 'private', address: 'anna@privat.example' },
      { type: 'other', address: 'anna@andere.example' },
    ],
    phones: [
      { type: 'work', number: '+49 (0)30 123 456-78' },
      { type: 'mobile', number: '+49 171 1234567' },
      { type: 'private', number: '030 555' },
      { type: 'fax', number: '030 556' },
      { type: 'other', number: '0800 123' },
    ],
    addresses: [
      { type: 'billing', street: 'Hauptstraße', houseNumber: '12a', postalCode: '10115', city: 'Berlin' },
      {
        type: 'shipping',
        street: 'Lagerweg',
        houseNumber: '3-5',
        postalCode: '1010',
        city: 'Wien',
        countryCode: 'AT',
      },
      {
        type: 'visiting',
        street: 'Am Markt',
        houseNumber: '1',
        addressLine2: 'Hinterhaus, 2. OG',
        postalCode: '8001',
        city: 'Zürich',
        countryCode: 'CH',
      },
      { type: 'private', poBox: '12 34', postalCode: '20095', city: 'Hamburg' },
    ],
  },
  {
    salutation: 'divers',
    firstName: null,
    lastName: 'Ösztürk',
    language: 'de',
    tags: [],
    emails: [],
    phones: [],
  },
  // Values ending in a backslash right before a `;` or `,` separator (ical.js needs help there).
  { salutation: null, firstName: 'Ende\\', lastName: 'Schräg\\', tags: ['a\\', 'b'], emails: [], phones: [] },
];

describe('vCard round trip', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  const freshApp = async () => {
    const app = await createTestApp();
    apps.push(app);
    return vcardClient(app.app, await setupAdmin(app.app));
  };

  it.each(['3.0', '4.0'])(
    'exports and imports into a fresh database with the same fields (vCard %s)',
    async (version) => {
      const source = await freshApp();
      const target = await freshApp();
      const org = await source.post('/api/organizations', { name: 'Grün & Söhne; KG' });
      await target.post('/api/organizations', { name: 'Grün & Söhne; KG' });
      const employment = {
        organizationId: org.id,
        position: 'Leiterin, Einkauf',
        department: 'Zentrale; Nord',
      };
      for (const [index, person] of PEOPLE.entries()) {
        const created = await source.post('/api/contacts', {
          ...person,
          employments: index === 0 ? [employment] : [],
        });
        expect(created.id).toBeTruthy();
      }
      const file = await source.listExport(version);
      const result = (await target.upload(file)).json();
      expect(result.counts).toEqual({ created: PEOPLE.length, updated: 0, skipped: 0, failed: 0 });
      const before = (await source.contacts()).map(carried);
      const after = (await target.contacts()).map(carried);
      expect(after).toEqual(before);
    },
  );
});
