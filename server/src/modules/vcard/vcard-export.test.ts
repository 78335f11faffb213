import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { vcardClient } from './test-client.js';

describe('vCard export', () => {
  const env = freshAdminAppPerTest();
  const client = () => vcardClient(env.app, env.admin);

  const fullContact = async () => {
    const org = await client().post('/api/organizations', { name: 'Müller & Söhne GmbH' });
    return client().post('/api/contacts', {
      salutation: 'frau',
      title: 'Dr.',
      firstName: 'Anna-Lena',
      lastName: 'Müller',
      birthday: '1970-03-15',
      language: 'de',
      tags: ['VIP', 'Messe 2025'],
      emails: [
        { type: 'work', address: 'anna@mueller.de' },
        { type: 'private', address: 'anna@privat.de' },
      ],
      phones: [
        { type: 'mobile', number: '+49 171 1234567' },
        { type: 'fax', number: '+49 30 999' },
      ],
      employments: [{ organizationId: org.id, position: 'Einkauf', department: 'Zentrale' }],
      addresses: [
        { type: 'private', street: 'Hauptstraße', houseNumber: '12a', postalCode: '10115', city: 'Berlin' },
      ],
    });
  };

  it('writes one contact as a vCard 4.0 with every mapped field', async () => {
    const contact = await fullContact();
    const response = await client().card(contact.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="anna-lena-mueller.vcf"');
    const lines = response.body.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCARD',
        'VERSION:4.0',
        `UID;VALUE=URI:urn:uuid:${contact.id}`,
        'FN:Anna-Lena Müller',
        'N:Müller;Anna-Lena;;Frau Dr.;',
        'ORG:Müller & Söhne GmbH;Zentrale',
        'TITLE:Einkauf',
        'EMAIL;TYPE=work;PREF=1:anna@mueller.de',
        'EMAIL;TYPE=home:anna@privat.de',
        'TEL;TYPE=cell;PREF=1;VALUE=TEXT:+49 171 1234567',
        'TEL;TYPE=fax;VALUE=TEXT:+49 30 999',
        'ADR;TYPE=home:;;Hauptstraße 12a;Berlin;;10115;Deutschland',
        'BDAY;VALUE=DATE:19700315',
        'LANG:de',
        'GENDER:F',
        'CATEGORIES:VIP,Messe 2025',
        'END:VCARD',
      ]),
    );
    expect(lines.find((line) => line.startsWith('REV:'))).toMatch(/^REV:\d{8}T\d{6}Z$/);
  });

  it('writes vCard 3.0 with its spellings when asked', async () => {
    const contact = await fullContact();
    const response = await client().card(contact.id, '3.0');
    const lines = response.body.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'VERSION:3.0',
        `UID:urn:uuid:${contact.id}`,
        'EMAIL;TYPE=internet,work,pref:anna@mueller.de',
        'EMAIL;TYPE=internet,home:anna@privat.de',
        'TEL;TYPE=cell,pref:+49 171 1234567',
      ]),
    );
    expect(lines.find((line) => line.startsWith('REV:'))).toMatch(/^REV:\d{8}T\d{6}Z$/);
    expect((await client().card(contact.id, '2.1')).statusCode).toBe(400);
  });

  it('does not show a contact the user may not see', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const other = await userWithRole(env.app, env.admin, 'sales', 'other@example.de');
    const hidden = await vcardClient(env.app, other).post('/api/contacts', { lastName: 'Verborgen' });
    expect((await vcardClient(env.app, sales).card(hidden.id)).statusCode).toBe(404);
    const list = await env.app.inject({ url: '/api/contacts/export?format=vcf', headers: as(sales) });
    expect(list.body).not.toContain('Verborgen');
  });

  it('exports the filtered list as one .vcf, streamed page by page', async () => {
    for (let i = 0; i < 205; i++) await client().post('/api/contacts', { lastName: `Meier ${i}` });
    await client().post('/api/contacts', { lastName: 'Schulz' });
    const response = await env.app.inject({
      url: `/api/contacts/export?format=vcf&version=3.0&filter[name]=${encodeURIComponent('Mei*')}`,
      headers: as(env.admin),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="kontakte-[\d-]+\.vcf"$/);
    expect(response.body.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(205);
    expect(response.body.match(/^VERSION:3\.0\r$/gm)).toHaveLength(205);
    expect(response.body).not.toContain('Schulz');
  });

  it('keeps CSV export as it was and refuses unknown formats', async () => {
    const csv = await env.app.inject({ url: '/api/contacts/export?format=csv', headers: as(env.admin) });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const organizations = await env.app.inject({
      url: '/api/organizations/export?format=vcf',
      headers: as(env.admin),
    });
    expect(organizations.statusCode).toBe(400);
  });
});
