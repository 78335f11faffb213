// The CSV the import suite uploads: German Excel style (UTF-8 BOM, semicolons, CRLF), plausible
// people with e-mail, phone, address and employer, every 500th row with a bad e-mail address.

import { once } from 'node:events';
import fs from 'node:fs';
import { MAIL_HOSTS } from '../generate/german/channels.ts';
import { BUSINESSES, LEGAL_FORMS, POSITIONS } from '../generate/german/companies.ts';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from '../generate/german/names.ts';
import { CITIES, STREETS } from '../generate/german/places.ts';
import { Random } from '../generate/random.ts';

export const IMPORT_HEADER =
  'Anrede;Vorname;Nachname;E-Mail;Telefon;Firma;Position;Straße;PLZ;Ort;Schlagwörter';

/** Writes `rows` data rows to `file`, streamed; returns the number of rows meant to fail. */
export async function writeImportFile(file: string, rows: number, companies = 2_000): Promise<number> {
  const random = new Random(4711);
  const employers = Array.from(
    { length: companies },
    (_, i) => `${random.pick(BUSINESSES)[0]} ${random.pick(LAST_NAMES)} ${i} ${random.pick(LEGAL_FORMS)}`,
  );
  const out = fs.createWriteStream(file);
  out.write(`\uFEFF${IMPORT_HEADER}\r\n`);
  let bad = 0;
  for (let i = 0; i < rows; i++) {
    const female = random.chance(0.5);
    const first = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const [city, postcode, area] = random.pick(CITIES);
    const broken = i % 500 === 499;
    if (broken) bad++;
    const email = broken
      ? `${first}.${last}-ohne-at`
      : `${first}.${last}.${i}@${random.pick(MAIL_HOSTS)}`.toLowerCase();
    const line = [
      female ? 'Frau' : 'Herr',
      first,
      last,
      email,
      `0${area} ${random.digits(7)}`,
      random.chance(0.7) ? random.pick(employers) : '',
      random.chance(0.5) ? random.pick(POSITIONS) : '',
      `${random.pick(STREETS)} ${random.int(1, 200)}`,
      `${postcode}${random.digits(5 - postcode.length)}`,
      city,
      random.chance(0.2) ? 'Import, Messe' : '',
    ].join(';');
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bad;
}
