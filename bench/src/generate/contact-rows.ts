// Contact rows with e-mails, phones, employment history and (some) private addresses.
import { foldGerman, normalizeEmail, normalizePhone } from '@kontor/domain/normalize';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { MAIL_HOSTS, MOBILE_PREFIXES } from './german/channels.ts';
import { DEPARTMENTS, POSITIONS } from './german/companies.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './german/names.ts';
import { CITIES } from './german/places.ts';
import type { GeneratedOrganizations } from './organization-rows.ts';
import type { RowKit } from './row-kit.ts';
import type { SearchRows } from './search-rows.ts';
import type { Table, Value } from './tables.ts';

export async function addContacts(
  kit: RowKit,
  search: SearchRows,
  contactCount: number,
  { orgIds, orgDomains, orgNames, orgCityKeys, companies }: GeneratedOrganizations,
  checkpoint: () => Promise<void>,
  log: (line: string) => void,
): Promise<void> {
  const { random, add, userIds, lastNames, timestamps, owner, tags, address } = kit;
  const organizationCount = orgIds.length;
  const mainContactTaken = new Uint8Array(organizationCount);
  for (let i = 0; i < contactCount; i++) {
    const id = newId();
    const female = random.chance(0.5);
    const firstName = random.chance(0.02)
      ? null
      : random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    const lastName = lastNames.pick(random);
    const name = [firstName, lastName].filter(Boolean).join(' ');
    const nameKey = foldGerman([lastName, firstName].filter(Boolean).join(' '));
    const [createdAt, updatedAt, version] = timestamps();

    // Children go in after the contact row (foreign keys).
    const children: [Table, Value[]][] = [];
    // Employments: ~70 % currently employed, some with an earlier, ended one.
    let currentEmploymentId: string | null = null;
    let employerDomain: string | null = null;
    let employerName: string | null = null;
    let employerCityKey = '';
    const employed = companies.length > 0 && random.chance(0.7);
    if (employed && random.chance(0.25)) {
      const previous = companies[random.int(0, companies.length - 1)] as number;
      const startYear = random.int(1995, 2015);
      children.push([
        'employments',
        [
          newId(),
          id,
          orgIds[previous] as string,
          random.pick(POSITIONS),
          random.chance(0.5) ? random.pick(DEPARTMENTS) : null,
          `${startYear}-0${random.int(1, 9)}-01`,
          `${startYear + random.int(1, 8)}-${random.pick(['03', '06', '09', '12'])}-${random.pick(['15', '30'])}`,
          0,
        ],
      ]);
    }
    if (employed) {
      const org = companies[random.int(0, companies.length - 1)] as number;
      let main = 0;
      if (!mainContactTaken[org] && random.chance(0.5)) {
        mainContactTaken[org] = 1;
        main = 1;
      }
      currentEmploymentId = newId();
      employerDomain = orgDomains[org] ?? null;
      employerName = orgNames[org] ?? null;
      employerCityKey = orgCityKeys[org] ?? '';
      children.push([
        'employments',
        [
          currentEmploymentId,
          id,
          orgIds[org] as string,
          random.chance(0.85) ? random.pick(POSITIONS) : null,
          random.chance(0.5) ? random.pick(DEPARTMENTS) : null,
          random.chance(0.8)
            ? `${random.int(2005, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}-01`
            : null,
          null,
          main,
        ],
      ]);
    }

    const local = foldGerman(firstName ? `${firstName}.${lastName}` : lastName).replace(/[^a-z0-9.-]+/g, '');
    const emails: [string, string][] = [];
    if (employerDomain && random.chance(0.9)) emails.push(['work', `${local}@${employerDomain}`]);
    if (random.chance(employerDomain ? 0.15 : 0.8))
      emails.push([
        'private',
        `${local}${random.chance(0.5) ? random.int(1, 99) : ''}@${random.pick(MAIL_HOSTS)}`,
      ]);
    emails.forEach(([type, addressText], position) => {
      children.push([
        'contact_emails',
        [newId(), id, type, addressText, normalizeEmail(addressText) ?? addressText.toLowerCase(), position],
      ]);
    });

    const phones: [string, string][] = [];
    const [, , area] = random.pick(CITIES);
    if (random.chance(employed ? 0.8 : 0.3)) {
      const digits = random.digits(random.int(5, 8));
      const extension = random.chance(0.3) ? `-${random.digits(2)}` : '';
      phones.push([
        'work',
        random.chance(0.2) ? `+49 ${area} ${digits}${extension}` : `0${area} ${digits}${extension}`,
      ]);
    }
    if (random.chance(0.5)) phones.push(['mobile', `0${random.pick(MOBILE_PREFIXES)} ${random.digits(7)}`]);
    if (!employed && random.chance(0.2)) phones.push(['private', `0${area} / ${random.digits(6)}`]);
    phones.forEach(([type, number], position) => {
      children.push(['contact_phones', [newId(), id, type, number, normalizePhone(number), position]]);
    });

    const city = random.chance(0.3) ? address('contact', id, 'private', 0) : null;
    const ownerId = owner();
    add('contacts', [
      id,
      random.chance(0.9) ? (female ? 'frau' : 'herr') : random.chance(0.1) ? 'divers' : null,
      random.chance(0.06) ? random.pick(['Dr.', 'Dr.', 'Prof. Dr.', 'Dipl.-Ing.']) : null,
      firstName,
      lastName,
      name,
      nameKey,
      random.chance(0.95) ? 'de' : 'en',
      random.chance(0.6)
        ? `${random.int(1945, 2004)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
        : null,
      random.chance(0.5) ? random.pick(['email', 'email', 'phone', 'letter', 'visit']) : null,
      random.chance(0.03) ? 1 : 0,
      random.chance(0.4) ? 1 : 0,
      currentEmploymentId,
      emails[0]?.[1] ?? null,
      phones[0]?.[1] ?? null,
      city,
      city === null ? employerCityKey : foldGerman(city),
      ownerId,
      tags(),
      createdAt,
      updatedAt,
      ownerId ?? random.pick(userIds),
      version,
    ]);
    for (const [table, row] of children) add(table, row);
    search.contact(
      id,
      ownerId,
      name,
      city,
      employerName,
      emails.map(([, address]) => address),
    );
    if (i % 1000 === 999) await checkpoint();
    if (i % 100_000 === 99_999) log(`  ${(i + 1).toLocaleString('en-GB')} contacts`);
  }
}
