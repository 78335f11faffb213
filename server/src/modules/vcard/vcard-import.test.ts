import { describe, expect, it, vi } from 'vitest';
import { as, freshAdminAppPerTest, login, userWithRole } from '../../../test/harness.js';
import { AppError } from '../../platform/http/problem.js';
import { ContactService } from '../contacts/service.js';
import { vcardClient, vcf } from './test-client.js';

const TWO_CARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Schneider;Jörg;;Herr Prof.;',
  'FN:Jörg Schneider',
  'ORG:ACME GmbH;Vertrieb',
  'TITLE:Leiter\\, Außendienst',
  'EMAIL;TYPE=INTERNET,WORK:joerg@acme.de',
  'NOTE:ein sehr langer Text, der auf mehrere Zeilen umbrochen wird, weil er länger als fünfundsiebzig',
  '  Zeichen ist',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Eva Weiß',
  'N:Weiß;Eva;;;',
  'ORG:Unbekannt AG',
  'EMAIL;TYPE=home:eva@example.de',
  'END:VCARD',
].join('\n');

describe('vCard import', () => {
  const env = freshAdminAppPerTest();
  const client = () => vcardClient(env.app, env.admin);

  it('creates one contact per card, links ORG to an existing organisation and says what it did', async () => {
    const acme = await client().post('/api/organizations', { name: 'ACME GmbH' });
    const response = await client().upload(TWO_CARDS);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.counts).toEqual({ created: 2, updated: 0, skipped: 0, failed: 0 });
    expect(body.results).toMatchObject([
      { index: 1, line: 1, name: 'Jörg Schneider', status: 'created', messages: ['Angelegt.'] },
      {
        index: 2,
        line: 11,
        name: 'Eva Weiß',
        status: 'created',
        messages: ['Angelegt.', 'Organisation „Unbekannt AG“ nicht gefunden – nicht verknüpft.'],
      },
    ]);
    const joerg = await (await client().card(body.results[0].contactId)).body;
    expect(joerg).toContain('ORG:ACME GmbH;Vertrieb');
    const [contact] = await client().contacts('&filter[name]=Schneider');
    expect(contact).toMatchObject({
      salutation: 'herr',
      title: 'Prof.',
      organizationId: acme.id,
      position: 'Leiter, Außendienst',
      emails: [{ type: 'work', address: 'joerg@acme.de' }],
    });
    // Through the contact service: the search index knows the new contacts.
    const search = await env.app.inject({ url: '/api/search?q=weiss', headers: as(env.admin) });
    expect(JSON.stringify(search.json())).toContain('Eva Weiß');
  });

  it('answers in the language of the user', async () => {
    const password = 'ein-sicheres-passwort';
    const email = 'english@example.de';
    await client().post('/api/users', {
      email,
      name: 'Emma English',
      role: 'sales',
      password,
      language: 'en',
    });
    const english = await login(env.app, email, password);
    const body = (await vcardClient(env.app, english).upload(TWO_CARDS, 'dryRun=true')).json();
    expect(body.results[1].messages).toEqual([
      'Would be created.',
      'Organisation “Unbekannt AG” not found – not linked.',
    ]);
  });

  it('writes nothing on a dry run but reports what would happen', async () => {
    const body = (await client().upload(TWO_CARDS, 'dryRun=true')).json();
    expect(body.dryRun).toBe(true);
    expect(body.counts.created).toBe(2);
    expect(body.results[0]).toMatchObject({ status: 'created', contactId: null });
    expect(body.results[0].messages[0]).toBe('Würde angelegt.');
    expect(await client().contacts()).toEqual([]);
  });

  it('skips, updates or creates anew a contact with the same e-mail address', async () => {
    const existing = await client().post('/api/contacts', {
      lastName: 'Weiß',
      firstName: 'E.',
      salutation: 'frau',
      emails: [{ type: 'work', address: 'Eva@Example.de' }],
    });
    const card = vcf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Eva Weiß',
      'N:Weiß;Eva;;;',
      'EMAIL:eva@example.de',
      'END:VCARD',
    );
    const skipped = (await client().upload(card)).json();
    expect(skipped.results[0]).toMatchObject({
      status: 'skipped',
      contactId: existing.id,
      messages: ['Übersprungen: „E. Weiß“ gibt es schon (gleiche E-Mail-Adresse).'],
    });
    const updated = (await client().upload(card, 'duplicates=update')).json();
    expect(updated.results[0]).toMatchObject({ status: 'updated', contactId: existing.id });
    // The card has no prefix: the salutation stays, the name follows the card.
    expect((await client().contacts())[0]).toMatchObject({ firstName: 'Eva', salutation: 'frau' });
    const history = await env.app.inject({
      url: `/api/contacts/${existing.id}/history`,
      headers: as(env.admin),
    });
    expect(JSON.stringify(history.json())).toContain('firstName');
    expect((await client().upload(card, 'duplicates=create')).json().counts.created).toBe(1);
    expect((await client().contacts()).map((c: { name: string }) => c.name)).toEqual([
      'Eva Weiß',
      'Eva Weiß',
    ]);
  });

  it('updates the contact a card was exported from, by its UID', async () => {
    const existing = await client().post('/api/contacts', { lastName: 'Alt', tags: ['A'] });
    const exported = (await client().card(existing.id)).body;
    const changed = exported.replace('N:Alt;;;;', 'N:Neu;Nina;;;').replace('CATEGORIES:A', 'CATEGORIES:B,C');
    const result = (await client().upload(changed, 'duplicates=update')).json();
    expect(result.results[0]).toMatchObject({ status: 'updated', contactId: existing.id });
    const [contact] = await client().contacts();
    expect(contact).toMatchObject({ id: existing.id, name: 'Nina Neu', tags: ['B', 'C'] });
  });

  it('keeps the good cards and reports the bad one', async () => {
    const file = vcf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      `N:${'x'.repeat(101)};;;;`,
      'FN:zu lang',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:org',
      'FN:Firma GmbH',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'N:Gut;Gustav;;;',
      'BDAY:--0315',
      'END:VCARD',
    );
    const body = (await client().upload(file)).json();
    expect(body.counts).toEqual({ created: 1, updated: 0, skipped: 0, failed: 2 });
    expect(body.results[0]).toMatchObject({
      status: 'failed',
      messages: ['Nachname: Höchstens 100 Zeichen'],
    });
    expect(body.results[1].messages[0]).toMatch(/^Firmenkarte ohne Person/);
    expect(body.results[2].messages).toEqual([
      'Angelegt.',
      'Geburtstag „--03-15“ ohne Jahr oder ungültig – nicht übernommen.',
    ]);
  });

  it('rolls back only the card the contact service refuses, after it wrote part of it', async () => {
    const create = ContactService.prototype.create;
    const spy = vi.spyOn(ContactService.prototype, 'create').mockImplementation(async function (
      this: ContactService,
      principal,
      input,
      within,
    ) {
      const contact = await create.call(this, principal, input, within);
      if (input.lastName === 'Abgelehnt') throw new AppError(409, 'main-contact-taken');
      return contact;
    });
    try {
      const file = vcf(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'N:Abgelehnt;;;;',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'N:Gut;;;;',
        'END:VCARD',
      );
      const body = (await client().upload(file)).json();
      expect(body.results[0]).toMatchObject({
        status: 'failed',
        messages: ['Diese Organisation hat schon einen Hauptkontakt.'],
      });
      expect(body.results[1].status).toBe('created');
    } finally {
      spy.mockRestore();
    }
    expect((await client().contacts()).map((c: { name: string }) => c.name)).toEqual(['Gut']);
  });

  it('does not link an organisation the user may not see', async () => {
    const other = await userWithRole(env.app, env.admin, 'sales', 'other@example.de');
    await vcardClient(env.app, other).post('/api/organizations', { name: 'Geheim AG' });
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const card = vcf('BEGIN:VCARD', 'VERSION:3.0', 'N:Test;;;;', 'ORG:Geheim AG', 'END:VCARD');
    const body = (await vcardClient(env.app, sales).upload(card)).json();
    expect(body.results[0].messages).toContain('Organisation „Geheim AG“ nicht gefunden – nicht verknüpft.');
  });

  it('needs contacts.write', async () => {
    const reader = await userWithRole(env.app, env.admin, 'read-only');
    expect((await vcardClient(env.app, reader).upload(TWO_CARDS)).statusCode).toBe(403);
  });

  // Each broken part follows two good cards (17 lines), so the line named is counted in the whole file.
  it.each([
    ['a broken property', vcf('BEGIN:VCARD', 'VERSION:4.0', 'FN:A', 'N;X:A;;;;', 'END:VCARD'), 'Zeile 21'],
    ['text outside a card', vcf('Hallo', 'BEGIN:VCARD', 'VERSION:4.0', 'END:VCARD'), 'Zeile 18'],
    ['a card inside a card', vcf('BEGIN:VCARD', 'VERSION:4.0', 'BEGIN:VCARD'), 'Zeile 20'],
    ['a card without its end', vcf('BEGIN:VCARD', 'VERSION:4.0', 'FN:A'), 'ab Zeile 18 endet nicht'],
    [
      'vCard 2.1',
      vcf('BEGIN:VCARD', 'VERSION:2.1', 'N:A', 'END:VCARD'),
      '„2.1“ (Zeile 19) wird nicht unterstützt',
    ],
    ['no version', vcf('BEGIN:VCARD', 'N:A;;;;', 'END:VCARD'), '„–“ (Zeile 18)'],
  ])('refuses a file with %s, naming the line, and imports nothing', async (_, broken, detail) => {
    const response = await client().upload(`${TWO_CARDS}\n${broken}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain(detail);
    expect(await client().contacts()).toEqual([]);
  });

  it('refuses a file without cards', async () => {
    const response = await client().upload('\r\n\r\n');
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('Die Datei enthält keine vCard.');
  });

  it('refuses other media types and oversized files', async () => {
    expect((await client().upload('{}', '', 'application/json')).statusCode).toBe(415);
    const huge = vcf('BEGIN:VCARD', 'VERSION:4.0', `NOTE:${'x'.repeat(6 * 1024 * 1024)}`, 'END:VCARD');
    expect((await client().upload(huge)).statusCode).toBe(413);
  });

  it('reads files saved as Windows-1252', async () => {
    const file = Buffer.from(vcf('BEGIN:VCARD', 'VERSION:3.0', 'N:Müller;Jürgen;;;', 'END:VCARD'), 'latin1');
    expect((await client().upload(file)).json().results[0]).toMatchObject({ name: 'Jürgen Müller' });
  });
});
