// Generates plausible German organisations and contacts straight into Kontor's database, filling
// every column exactly as the organisation and contact services would (keys, sets, denormalised
// list columns, customer numbers and their sequence), but in bulk:
//
//   node --import tsx bench/src/generate/master-data.ts --contacts 1000000 --organizations 200000
//
// DATABASE_URL selects PostgreSQL, otherwise KONTOR_DATA_DIR/kontor.sqlite. The schema is migrated
// first. The data depends only on --seed (default 1) and today's date; ids are fresh UUIDv7s.
import { parseArgs } from 'node:util';
import { foldGerman, normalizeEmail, normalizePhone } from '@kontor/domain/normalize';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { migrateToLatest, openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  BUSINESSES,
  CITIES,
  DEPARTMENTS,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  LEGAL_FORMS,
  MAIL_HOSTS,
  MALE_FIRST_NAMES,
  MOBILE_PREFIXES,
  POSITIONS,
  Random,
  STREETS,
  TAGS,
  TRADES,
  Weighted,
} from './german.ts';

type Table = 'organizations' | 'addresses' | 'contacts' | 'employments' | 'contact_emails' | 'contact_phones';
type Value = string | number | null;

/** Column order of the rows the generator emits; `int`/`bigint` columns need a cast on PostgreSQL. */
const COLUMNS: Record<Table, readonly (readonly [string, 'text' | 'int' | 'bigint'])[]> = {
  organizations: [
    ['id', 'text'],
    ['name', 'text'],
    ['name_key', 'text'],
    ['kind', 'text'],
    ['relationships', 'text'],
    ['customer_number', 'text'],
    ['supplier_number', 'text'],
    ['parent_id', 'text'],
    ['industry', 'text'],
    ['abc_class', 'text'],
    ['size', 'text'],
    ['city', 'text'],
    ['website', 'text'],
    ['vat_id', 'text'],
    ['payment_terms_days', 'int'],
    ['credit_limit_cents', 'bigint'],
    ['currency', 'text'],
    ['owner_id', 'text'],
    ['tags', 'text'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
    ['created_by', 'text'],
    ['version', 'int'],
  ],
  addresses: [
    ['id', 'text'],
    ['owner_type', 'text'],
    ['owner_id', 'text'],
    ['type', 'text'],
    ['street', 'text'],
    ['house_number', 'text'],
    ['address_line2', 'text'],
    ['po_box', 'text'],
    ['postal_code', 'text'],
    ['city', 'text'],
    ['country_code', 'text'],
    ['position', 'int'],
  ],
  contacts: [
    ['id', 'text'],
    ['salutation', 'text'],
    ['title', 'text'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['name', 'text'],
    ['name_key', 'text'],
    ['language', 'text'],
    ['birthday', 'text'],
    ['preferred_channel', 'text'],
    ['do_not_contact', 'int'],
    ['marketing_consent', 'int'],
    ['current_employment_id', 'text'],
    ['primary_email', 'text'],
    ['primary_phone', 'text'],
    ['city', 'text'],
    ['owner_id', 'text'],
    ['tags', 'text'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
    ['created_by', 'text'],
    ['version', 'int'],
  ],
  employments: [
    ['id', 'text'],
    ['contact_id', 'text'],
    ['organization_id', 'text'],
    ['position', 'text'],
    ['department', 'text'],
    ['start_date', 'text'],
    ['end_date', 'text'],
    ['is_main_contact', 'int'],
  ],
  contact_emails: [
    ['id', 'text'],
    ['contact_id', 'text'],
    ['type', 'text'],
    ['address', 'text'],
    ['address_key', 'text'],
    ['position', 'int'],
  ],
  contact_phones: [
    ['id', 'text'],
    ['contact_id', 'text'],
    ['type', 'text'],
    ['number', 'text'],
    ['number_key', 'text'],
    ['position', 'int'],
  ],
};
/** Parents before children, so foreign keys hold after every flush. */
const TABLE_ORDER: readonly Table[] = [
  'organizations',
  'addresses',
  'contacts',
  'employments',
  'contact_emails',
  'contact_phones',
];

interface Sink {
  add(table: Table, row: Value[]): void;
  /** Called between whole records: a good moment to write out what has been gathered. */
  checkpoint(): Promise<void>;
  finish(sequences: Record<string, number>): Promise<void>;
}

export interface GenerateOptions {
  database: DatabaseConfig;
  contacts: number;
  organizations: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  rows: Record<Table, number>;
  seconds: number;
}

const USERS = [
  ['Anna Schäfer', 'manager'],
  ['Jörg Weiß', 'sales'],
  ['Sabine Groß', 'sales'],
  ['Mehmet Özdemir', 'sales'],
  ['Björn Kühn', 'sales'],
  ['Käthe Jäger', 'service'],
  ['Lutz Meier', 'manager'],
] as const;

/** Fills an empty (but migrated, or new) database; refuses one that already has organisations. */
export async function generateMasterData(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const handle = openDatabase(options.database);
  await migrateToLatest(handle.db);
  const existing = await handle.db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    await handle.close();
    throw new Error('the database already has organisations; generate into an empty one');
  }
  const userIds: string[] = [];
  const now = new Date().toISOString();
  for (const [name, role] of USERS) {
    const email = `${foldGerman(name).replace(' ', '.')}@kontor-bench.de`;
    const found = await handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (found) {
      userIds.push(found.id);
      continue;
    }
    const id = newId();
    await handle.db
      .insertInto('users')
      .values({
        id,
        email,
        name,
        password_hash: null,
        role_key: role,
        language: 'de',
        color_scheme: 'auto',
        active: 1,
        last_login_at: null,
        created_at: now,
        updated_at: now,
        created_by: null,
      })
      .execute();
    userIds.push(id);
  }
  await handle.close();

  const sink =
    options.database.engine === 'sqlite'
      ? sqliteSink(options.database.file)
      : await postgresSink(options.database.url);
  const counts = await produce(sink, options, userIds, log);
  const seconds = (performance.now() - started) / 1000;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  log(
    `generated ${Object.entries(counts)
      .map(([t, n]) => `${n.toLocaleString('en-GB')} ${t}`)
      .join(
        ', ',
      )} in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en-GB')} rows/s, ${options.database.engine})`,
  );
  return { rows: counts, seconds };
}

async function produce(
  sink: Sink,
  options: GenerateOptions,
  userIds: readonly string[],
  log: (line: string) => void,
): Promise<Record<Table, number>> {
  const random = new Random(options.seed ?? 1);
  const counts: Record<Table, number> = {
    organizations: 0,
    addresses: 0,
    contacts: 0,
    employments: 0,
    contact_emails: 0,
    contact_phones: 0,
  };
  const add = (table: Table, row: Value[]) => {
    counts[table]++;
    sink.add(table, row);
  };
  const lastNames = new Weighted(LAST_NAMES, 0.9);
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

  // Organisations: companies (some with a parent) and households.
  const organizationCount = options.organizations;
  const orgIds: string[] = new Array(organizationCount);
  const orgDomains: (string | null)[] = new Array(organizationCount);
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
    const parent =
      !household && companies.length > 10 && random.chance(0.05)
        ? orgIds[companies[random.int(0, companies.length - 2)] as number]
        : null;
    const [createdAt, updatedAt, version] = timestamps();
    const ownerId = owner();
    // Addresses first, as the service does: the list's city is the first address with a city.
    const city = address('organization', id, 'billing', 0);
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
      domain && random.chance(0.7) ? `https://www.${domain}` : null,
      !household && random.chance(0.4) ? germanVatId(random) : null,
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
    if (i % 1000 === 999) await sink.checkpoint();
  }
  log(`  ${organizationCount.toLocaleString('en-GB')} organisations`);

  // Contacts with e-mails, phones, employment history and (some) private addresses.
  const mainContactTaken = new Uint8Array(organizationCount);
  for (let i = 0; i < options.contacts; i++) {
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
      ownerId,
      tags(),
      createdAt,
      updatedAt,
      ownerId ?? random.pick(userIds),
      version,
    ]);
    for (const [table, row] of children) add(table, row);
    if (i % 1000 === 999) await sink.checkpoint();
    if (i % 100_000 === 99_999) log(`  ${(i + 1).toLocaleString('en-GB')} contacts`);
  }
  await sink.finish({ 'customer-number': customerNumber, 'supplier-number': supplierNumber });
  return counts;
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

/** better-sqlite3 directly: prepared statements, big transactions, no fsync until the end. */
function sqliteSink(file: string): Sink {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144');
  const statements = Object.fromEntries(
    TABLE_ORDER.map((table) => {
      const columns = COLUMNS[table].map(([name]) => name);
      return [
        table,
        db.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        ),
      ];
    }),
  ) as Record<Table, SQLite.Statement>;
  let pending = 0;
  db.exec('begin');
  return {
    add(table, row) {
      statements[table].run(row);
      pending++;
    },
    async checkpoint() {
      if (pending < 200_000) return;
      db.exec('commit');
      db.exec('begin');
      pending = 0;
    },
    async finish(sequences) {
      for (const [name, value] of Object.entries(sequences)) {
        db.prepare(
          'insert into sequences (name, value) values (?, ?) on conflict (name) do update set value = excluded.value',
        ).run(name, value);
      }
      db.exec('commit');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/**
 * PostgreSQL: one `insert … select * from unnest($1::text[], …)` per table and batch, so a batch of
 * thousands of rows is one statement with one parameter per column (no 65,535-parameter limit).
 */
async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set synchronous_commit = off');
  const buffers = Object.fromEntries(
    TABLE_ORDER.map((table) => [table, COLUMNS[table].map(() => [] as Value[])]),
  ) as Record<Table, Value[][]>;
  const sizes = Object.fromEntries(TABLE_ORDER.map((table) => [table, 0])) as Record<Table, number>;
  const statements = Object.fromEntries(
    TABLE_ORDER.map((table) => {
      const columns = COLUMNS[table];
      const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
      return [
        table,
        `insert into ${table} (${columns.map(([n]) => n).join(', ')}) select * from unnest(${arrays})`,
      ];
    }),
  ) as Record<Table, string>;

  const flush = async () => {
    await client.query('begin');
    for (const table of TABLE_ORDER) {
      if (sizes[table] === 0) continue;
      await client.query(statements[table], buffers[table]);
      buffers[table] = COLUMNS[table].map(() => []);
      sizes[table] = 0;
    }
    await client.query('commit');
  };
  return {
    add(table, row) {
      const columns = buffers[table];
      for (let i = 0; i < row.length; i++) (columns[i] as Value[]).push(row[i] as Value);
      sizes[table]++;
    },
    async checkpoint() {
      if (Object.values(sizes).some((n) => n >= 10_000)) await flush();
    },
    async finish(sequences) {
      await flush();
      for (const [name, value] of Object.entries(sequences)) {
        await client.query(
          'insert into sequences (name, value) values ($1, $2) on conflict (name) do update set value = excluded.value',
          [name, value],
        );
      }
      // What autovacuum would do soon after such a load; without it the planner guesses.
      await client.query('analyze');
      await client.end();
    },
  };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      contacts: { type: 'string', default: '1000' },
      organizations: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
    },
  });
  const config = loadConfig(process.env);
  await generateMasterData({
    database: config.database,
    contacts: Number(values.contacts),
    organizations: Number(values.organizations),
    seed: Number(values.seed),
  });
}
