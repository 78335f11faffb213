// Shared pieces of generated records: weighted surnames and cities, timestamps, owners, tags and
// addresses (written straight away, as the services do before the record itself).
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { TAGS } from './german/companies.ts';
import { LAST_NAMES, SURNAME_ENDINGS, SURNAME_STEMS } from './german/names.ts';
import { CITIES, STREETS } from './german/places.ts';
import { type Random, Weighted } from './random.ts';
import type { Table, Value } from './tables.ts';

export type RowKit = ReturnType<typeof rowKit>;

export function rowKit(
  random: Random,
  add: (table: Table, row: Value[]) => void,
  userIds: readonly string[],
) {
  const lastNames = surnames();
  const cities = new Weighted(CITIES, 0.7);
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const end = today.getTime();
  const fiveYears = 5 * 365.25 * 24 * 3600 * 1000;
  const timestamps = (): [string, string, number] => {
    const created = end - random.next() * fiveYears;
    if (random.chance(0.55)) {
      const iso = new Date(created).toISOString();
      return [iso, iso, 1];
    }
    const updated = created + random.next() * (end - created);
    return [new Date(created).toISOString(), new Date(updated).toISOString(), random.int(2, 6)];
  };
  const owner = () => (random.chance(0.05) ? null : random.pick(userIds));
  const tags = () => {
    if (!random.chance(0.25)) return '';
    const chosen = new Set([random.pick(TAGS)]);
    if (random.chance(0.3)) chosen.add(random.pick(TAGS));
    return `,${[...chosen].join(',')},`;
  };
  const address = (
    ownerType: 'organization' | 'contact',
    ownerId: string,
    type: string,
    position: number,
  ) => {
    const [city, prefix] = cities.pick(random);
    const postalCode = prefix + random.digits(5 - prefix.length);
    const poBox = ownerType === 'organization' && random.chance(0.03);
    add('addresses', [
      newId(),
      ownerType,
      ownerId,
      type,
      poBox ? null : random.pick(STREETS),
      poBox ? null : String(random.int(1, 180)) + (random.chance(0.08) ? random.pick(['a', 'b', 'c']) : ''),
      random.chance(0.04) ? random.pick(['Hinterhaus', '2. OG', 'c/o Verwaltung', 'Gebäude B']) : null,
      poBox ? random.digits(6) : null,
      postalCode,
      city,
      'DE',
      position,
    ]);
    return city;
  };
  return { random, add, userIds, lastNames, cities, timestamps, owner, tags, address };
}

/** One in ten people has one of the common surnames (Zipf-weighted), the rest a tail name. */
function surnames() {
  const common = new Weighted(LAST_NAMES, 0.9);
  const tail = SURNAME_STEMS.flatMap((stem) => SURNAME_ENDINGS.map((ending) => stem + ending));
  return { pick: (random: Random) => (random.chance(0.1) ? common.pick(random) : random.pick(tail)) };
}
