import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest } from '../../../test/harness.js';
import { vcardClient } from './test-client.js';

const CARD_LINES = [
  'BEGIN:VCARD',
  'END:VCARD',
  'VERSION:4.0',
  'VERSION:3.0',
  'VERSION:2.1',
  'N:Müller;Anna;;Dr.;',
  'N:;;;;',
  'FN:Anna',
  'EMAIL;TYPE=work:anna@example.de',
  'TEL;VALUE=uri:tel:+49-30-1',
  'ADR;TYPE=home:;;Weg 1;Ort;;12345;Atlantis',
  'ORG:;',
  'BDAY:--0229',
  'BDAY:2023-02-30',
  'CATEGORIES:,,',
  'UID:urn:uuid:',
  'LANG:xx',
  ' folded',
  'item1.X-ABLabel:_$!<HomeFAX>!$_',
];

/** Text that looks like vCards: known lines, random lines and random separators, in any order. */
const vcardLike = fc
  .array(fc.oneof(fc.constantFrom(...CARD_LINES), fc.string({ maxLength: 40 })), { maxLength: 30 })
  .chain((lines) => fc.constantFrom('\r\n', '\n', '\r').map((eol) => lines.join(eol)));

/** Name parts with everything vCard must escape: `;`, `,`, `\`, newlines, and umlauts. */
const namePart = fc
  .string({
    unit: fc.constantFrom('a', 'Z', 'ä', 'Ö', 'ü', 'ß', 'é', ';', ',', '\\', '\n', ' ', '-', '"', ':', '„'),
    minLength: 1,
    maxLength: 40,
  })
  .filter((text) => text.trim() === text && text.length > 0);

describe('vCard properties', () => {
  const env = freshAdminAppPerTest();
  const client = () => vcardClient(env.app, env.admin);

  it('answers any body with a result or a 4xx problem, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), vcardLike), async (body) => {
        const response = await client().upload(body, 'dryRun=true&duplicates=update');
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode !== 200) expect(response.json().detail).toBeTruthy();
      }),
      { numRuns: 150 },
    );
  });

  it('keeps names with ; , \\ newlines and umlauts through export and import', async () => {
    await fc.assert(
      fc.asyncProperty(
        namePart,
        namePart,
        fc.constantFrom('3.0', '4.0'),
        async (firstName, lastName, version) => {
          const original = await client().post('/api/contacts', {
            firstName,
            lastName,
            tags: [lastName.replaceAll(',', '').trim() || 'x'],
          });
          const card = (await client().card(original.id, version)).body;
          const result = (await client().upload(card, 'duplicates=create')).json();
          const copy = (
            await env.app.inject({
              url: `/api/contacts/${result.results[0].contactId}`,
              headers: as(env.admin),
            })
          ).json();
          expect({
            firstName: copy.firstName,
            lastName: copy.lastName,
            name: copy.name,
            tags: copy.tags,
          }).toEqual({
            firstName,
            lastName,
            name: original.name,
            tags: original.tags,
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
