import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest } from '../../../test/harness.js';
import { vcardClient } from './test-client.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** Files written the way common address books write them (see fixtures/). */
describe('vCard files from other clients', () => {
  const env = freshAdminAppPerTest();
  const client = () => vcardClient(env.app, env.admin);
  const byName = async (name: string) =>
    (await client().contacts(`&filter[name]=${encodeURIComponent(name)}`))[0];

  it('reads Apple Contacts (3.0, item groups, X-ABLabel, TYPE=pref) and refuses its company card', async () => {
    const org = await client().post('/api/organizations', { name: 'Beispiel AG' });
    const body = (await client().upload(fixture('apple-contacts.vcf'))).json();
    expect(body.counts).toEqual({ created: 1, updated: 0, skipped: 0, failed: 1 });
    expect(body.results[1].messages[0]).toMatch(/^Firmenkarte ohne Person/);
    expect(await byName('Müller-Lüdenscheidt')).toMatchObject({
      firstName: 'Hans-Jürgen',
      title: 'Dr.',
      salutation: null,
      organizationId: org.id,
      position: 'Leiter Einkauf',
      birthday: '1965-07-04',
      tags: ['Kunde', 'Messe'],
      emails: [
        { type: 'other', address: 'hj.mueller@beispiel.de' },
        { type: 'private', address: 'hj@privat.example' },
      ],
      phones: [
        { type: 'mobile', number: '+49 171 2345678' },
        { type: 'work', number: '+49 89 1234-0' },
        { type: 'fax', number: '+49 89 1234-99' },
      ],
      addresses: [
        expect.objectContaining({
          type: 'visiting',
          street: 'Leopoldstraße',
          houseNumber: '244',
          postalCode: '80807',
          city: 'München',
          countryCode: 'DE',
        }),
      ],
    });
    const contact = await byName('Müller-Lüdenscheidt');
    expect(contact.employments[0].department).toBe('Einkauf');
  });

  it('reads Google Contacts (3.0) with foreign addresses', async () => {
    const body = (await client().upload(fixture('google-contacts.vcf'))).json();
    expect(body.counts.created).toBe(2);
    expect(body.results[0].messages).toContain('Organisation „Firma GmbH“ nicht gefunden – nicht verknüpft.');
    expect(await byName('Köhler')).toMatchObject({
      firstName: 'Sabine',
      birthday: '1988-11-02',
      emails: [
        { type: 'work', address: 'sabine.koehler@firma.example' },
        { type: 'other', address: 's.koehler@gmail.example' },
      ],
      phones: [
        { type: 'mobile', number: '0151 23456789' },
        { type: 'private', number: '030 1234567' },
      ],
      addresses: [expect.objectContaining({ type: 'private', city: 'Berlin', countryCode: 'DE' })],
      tags: ['myContacts', 'Kunden'],
    });
    expect((await byName('Nowak')).addresses[0]).toMatchObject({
      street: 'ul. Marszałkowska',
      houseNumber: '1',
      postalCode: '00-001',
      countryCode: 'PL',
    });
  });

  it('reads Nextcloud/CardDAV (4.0, VALUE=uri phones, quoted TYPE list, LANG)', async () => {
    const body = (await client().upload(fixture('nextcloud.vcf'))).json();
    expect(body.counts.created).toBe(1);
    expect(await byName('Groß')).toMatchObject({
      firstName: 'Lena',
      language: 'de',
      birthday: '1991-04-12',
      phones: [
        { type: 'mobile', number: '+49-160-9876543' },
        { type: 'work', number: '+49-40-555-0' },
      ],
      addresses: [expect.objectContaining({ street: 'Bahnhofstr.', houseNumber: '5', city: 'Hamburg' })],
      tags: ['Lieferant'],
    });
  });

  it('refuses Outlook vCard 2.1 with a clear message', async () => {
    const response = await client().upload(fixture('outlook-2.1.vcf'));
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe(
      'vCard-Version „2.1“ (Zeile 2) wird nicht unterstützt; bitte als vCard 3.0 oder 4.0 exportieren.',
    );
  });
});
