// Organisation rows: companies (some with a parent) and households, with their addresses.
import { foldGerman } from '@kontor/domain/normalize';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { BUSINESSES, LEGAL_FORMS, TRADES } from './german/companies.ts';
import type { Random } from './random.ts';
import type { RowKit } from './row-kit.ts';
import type { SearchRows } from './search-rows.ts';

/** What contacts need of the organisations: ids, web domains, which are companies; and the last numbers. */
export interface GeneratedOrganizations {
  orgIds: string[];
  orgDomains: (string | null)[];
  orgNames: string[];
  /** The folded city of each organisation, which its employees without an address inherit. */
  orgCityKeys: string[];
  companies: number[];
  customerNumber: number;
  supplierNumber: number;
}

export async function addOrganizations(
  kit: RowKit,
  search: SearchRows,
  organizationCount: number,
  checkpoint: () => Promise<void>,
): Promise<GeneratedOrganizations> {
  const { random, add, userIds, lastNames, timestamps, owner, tags, address } = kit;
  // Organisations: companies (some with a parent) and households.
  const orgIds: string[] = new Array(organizationCount);
  const orgDomains: (string | null)[] = new Array(organizationCount);
  const orgNames: string[] = new Array(organizationCount);
  const orgCityKeys: string[] = new Array(organizationCount);
  const companies: number[] = [];
  let customerNumber = 0;
  let supplierNumber = 0;
  for (let i = 0; i < organizationCount; i++) {
    const id = newId();
    orgIds[i] = id;
    const household = random.chance(0.12);
    const surname = lastNames.pick(random);
    let name: string;
    let industry: string | null = null;
    if (household) name = `Familie ${surname}`;
    else {
      const style = random.next();
      if (style < 0.4) {
        const [word, branch] = random.pick(BUSINESSES);
        name = `${surname} ${word} ${random.pick(LEGAL_FORMS)}`;
        industry = branch;
      } else if (style < 0.7) {
        const [trade, branch] = random.pick(TRADES);
        name = `${trade} ${surname}`;
        industry = branch;
      } else if (style < 0.85) {
        name = `${surname} & Söhne ${random.pick(['KG', 'GmbH', 'OHG'])}`;
        industry = random.pick(BUSINESSES)[1];
      } else {
        name = `${surname} & ${lastNames.pick(random)} ${random.pick(['GbR', 'PartG mbB', 'GmbH'])}`;
        industry = random.chance(0.5) ? 'Unternehmensberatung' : 'Rechtsberatung';
      }
      if (random.chance(0.1)) industry = null;
      companies.push(i);
    }
    const relationships: string[] = [];
    if (random.chance(household ? 0.8 : 0.45)) relationships.push('customer');
    else if (random.chance(0.45)) relationships.push('prospect');
    if (!household && random.chance(0.15)) relationships.push('supplier');
    if (!household && random.chance(0.05)) relationships.push('partner');
    if (!household && random.chance(0.02)) relationships.push('competitor');
    if (relationships.length === 0 && random.chance(0.5)) relationships.push('other');
    const customer = relationships.includes('customer') ? `K${10000 + ++customerNumber}` : null;
    const supplier = relationships.includes('supplier') ? `L${10000 + ++supplierNumber}` : null;
    const domain = household
      ? null
      : `${foldGerman(name.split(' ').slice(0, 2).join('-'))
          .replace(/[^a-z0-9-]+/g, '')
          .replace(/-+/g, '-')
          .replace(/^-|-$/g, '')}.de`;
    orgDomains[i] = domain;
    orgNames[i] = name;
    const parent =
      !household && companies.length > 10 && random.chance(0.05)
        ? orgIds[companies[random.int(0, companies.length - 2)] as number]
        : null;
    const [createdAt, updatedAt, version] = timestamps();
    const ownerId = owner();
    // Addresses first, as the service does: the list's city is the first address with a city.
    const city = address('organization', id, 'billing', 0);
    const cityKey = foldGerman(city);
    orgCityKeys[i] = cityKey;
    const vatId = !household && random.chance(0.4) ? germanVatId(random) : null;
    if (!household && random.chance(0.2))
      address('organization', id, random.pick(['shipping', 'visiting']), 1);
    add('organizations', [
      id,
      name,
      foldGerman(name),
      household ? 'household' : 'company',
      relationships.length === 0 ? '' : `,${relationships.join(',')},`,
      customer,
      supplier,
      parent ?? null,
      industry,
      household || random.chance(0.3) ? null : random.pick(['A', 'B', 'B', 'C', 'C', 'C']),
      household || random.chance(0.3)
        ? null
        : random.pick(['1-9', '1-9', '10-49', '10-49', '50-249', '250+']),
      city,
      cityKey,
      domain && random.chance(0.7) ? `https://www.${domain}` : null,
      vatId,
      random.chance(0.6) ? random.pick([7, 14, 14, 30, 30, 30, 60]) : null,
      customer && random.chance(0.4) ? random.int(5, 500) * 100_000 : null,
      'EUR',
      ownerId,
      tags(),
      createdAt,
      updatedAt,
      ownerId ?? random.pick(userIds),
      version,
    ]);
    search.organization(id, ownerId, name, city, customer, supplier, vatId);
    if (i % 1000 === 999) await checkpoint();
  }
  return { orgIds, orgDomains, orgNames, orgCityKeys, companies, customerNumber, supplierNumber };
}

/** A syntactically valid German USt-IdNr. (ISO 7064 MOD 11,10 check digit), as the service stores it. */
function germanVatId(random: Random): string {
  const body = String(random.int(1, 9)) + random.digits(7);
  let product = 10;
  for (const char of body) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  return `DE${body}${(11 - product) % 10}`;
}
