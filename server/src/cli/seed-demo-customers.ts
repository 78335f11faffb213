import type { AddressInput } from '@kontor/domain/addresses';
import { createContactSchema } from '@kontor/domain/contacts';
import { createOrganizationSchema, type Relationship } from '@kontor/domain/organizations';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { ContactService } from '../modules/contacts/service.js';
import { OrganizationService } from '../modules/organizations/service.js';
import type { Principal } from '../platform/auth/principal.js';
import type { Engine } from '../platform/db/connection.js';
import type { Database } from '../platform/db/schema.js';
import { EventBus } from '../platform/events/bus.js';

type OrganizationInput = z.input<typeof createOrganizationSchema>;
type ContactInput = z.input<typeof createContactSchema>;

const address = (
  street: string,
  houseNumber: string,
  postalCode: string,
  city: string,
  countryCode = 'DE',
): AddressInput => ({
  type: 'billing',
  street,
  houseNumber,
  postalCode,
  city,
  countryCode,
  addressLine2: null,
  poBox: null,
});

interface DemoOrganization {
  organization: OrganizationInput & { relationships: Relationship[] };
  owner: string;
  parent?: string;
  contacts: (ContactInput & { position?: string; main?: boolean })[];
}

/** The demo company's customers, prospects, suppliers and partners, with their people. */
const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    organization: {
      name: 'Bergmann Fördertechnik GmbH',
      relationships: ['customer'],
      industry: 'Maschinenbau',
      abcClass: 'A',
      size: '250+',
      vatId: 'DE136695976',
      paymentTermsDays: 30,
      creditLimitCents: 25_000_000,
      addresses: [address('Industriestraße', '12', '44147', 'Dortmund')],
      tags: ['Schlüsselkunde'],
    },
    owner: 'j.weber@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'herr',
        title: 'Dr.',
        firstName: 'Thomas',
        lastName: 'Bergmann',
        position: 'Geschäftsführer',
        main: true,
        emails: [{ type: 'work', address: 't.bergmann@bergmann-foerdertechnik.de' }],
        phones: [{ type: 'work', number: '+49 231 5550-100' }],
        birthday: '1966-03-14',
      },
      {
        salutation: 'frau',
        firstName: 'Sabine',
        lastName: 'Kühn',
        position: 'Einkaufsleitung',
        emails: [{ type: 'work', address: 's.kuehn@bergmann-foerdertechnik.de' }],
        phones: [{ type: 'mobile', number: '0171 2345678' }],
      },
    ],
  },
  {
    organization: {
      name: 'Bergmann Service Nord GmbH',
      relationships: ['customer'],
      industry: 'Instandhaltung',
      abcClass: 'B',
      size: '10-49',
      addresses: [address('Hafenstraße', '3', '20457', 'Hamburg')],
    },
    owner: 'j.weber@muster-maschinenbau.de',
    parent: 'Bergmann Fördertechnik GmbH',
    contacts: [
      {
        salutation: 'herr',
        firstName: 'Jan',
        lastName: 'Petersen',
        position: 'Standortleiter',
        main: true,
        emails: [{ type: 'work', address: 'j.petersen@bergmann-service.de' }],
      },
    ],
  },
  {
    organization: {
      name: 'Schäfer & Söhne KG',
      relationships: ['customer', 'partner'],
      industry: 'Metallverarbeitung',
      abcClass: 'B',
      size: '50-249',
      paymentTermsDays: 14,
      addresses: [address('Am Hochofen', '7', '70173', 'Stuttgart')],
    },
    owner: 'l.fischer@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'herr',
        firstName: 'Klaus',
        lastName: 'Schäfer',
        position: 'Inhaber',
        main: true,
        emails: [{ type: 'work', address: 'klaus@schaefer-soehne.de' }],
        birthday: '1958-11-02',
      },
      {
        salutation: 'frau',
        firstName: 'Jana',
        lastName: 'Groß',
        position: 'Technische Leitung',
        emails: [{ type: 'work', address: 'j.gross@schaefer-soehne.de' }],
      },
    ],
  },
  {
    organization: {
      name: 'Alpenblick Lebensmittel AG',
      relationships: ['prospect'],
      industry: 'Lebensmittel',
      abcClass: 'A',
      size: '250+',
      addresses: [address('Leopoldstraße', '88', '80802', 'München')],
    },
    owner: 'l.fischer@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'frau',
        title: 'Prof. Dr.',
        firstName: 'Maria',
        lastName: 'Huber',
        position: 'Vorstand Technik',
        main: true,
        emails: [{ type: 'work', address: 'maria.huber@alpenblick.de' }],
        preferredChannel: 'phone',
      },
    ],
  },
  {
    organization: {
      name: 'Weiß Elektrotechnik e. K.',
      relationships: ['supplier'],
      industry: 'Elektrotechnik',
      size: '10-49',
      paymentTermsDays: 30,
      addresses: [address('Lindenallee', '21', '04109', 'Leipzig')],
    },
    owner: 's.wagner@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'herr',
        firstName: 'Stefan',
        lastName: 'Weiß',
        position: 'Inhaber',
        main: true,
        phones: [{ type: 'work', number: '0341 9876543' }],
      },
    ],
  },
  {
    organization: {
      name: 'Özdemir Logistik GmbH',
      relationships: ['supplier', 'partner'],
      industry: 'Logistik',
      size: '50-249',
      addresses: [address('Frachtweg', '5', '60549', 'Frankfurt am Main')],
    },
    owner: 's.wagner@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'herr',
        firstName: 'Mehmet',
        lastName: 'Özdemir',
        position: 'Disposition',
        main: true,
        emails: [{ type: 'work', address: 'm.oezdemir@oezdemir-logistik.de' }],
      },
    ],
  },
  {
    organization: {
      name: 'Stahlwerk Brenner GmbH',
      relationships: ['competitor'],
      industry: 'Maschinenbau',
      size: '250+',
      addresses: [address('Werkstraße', '1', '47051', 'Duisburg')],
    },
    owner: 'a.schneider@muster-maschinenbau.de',
    contacts: [],
  },
  {
    organization: {
      name: 'Hofmann Präzisionsteile GmbH',
      relationships: ['customer'],
      industry: 'Feinmechanik',
      abcClass: 'C',
      size: '10-49',
      addresses: [address('Gewerbepark', '14', '90402', 'Nürnberg')],
    },
    owner: 'j.weber@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'frau',
        firstName: 'Lena',
        lastName: 'Hofmann',
        position: 'Geschäftsführerin',
        main: true,
        emails: [{ type: 'work', address: 'lena@hofmann-praezision.de' }],
        marketingConsent: true,
      },
    ],
  },
  {
    organization: {
      name: 'Familie Jäger',
      kind: 'household',
      relationships: ['customer'],
      addresses: [address('Birkenweg', '9', '50667', 'Köln')],
    },
    owner: 'l.fischer@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'herr',
        firstName: 'Peter',
        lastName: 'Jäger',
        main: true,
        phones: [{ type: 'private', number: '0221 123456' }],
      },
    ],
  },
  {
    organization: {
      name: 'Tiroler Seilbahnbau GmbH',
      relationships: ['prospect'],
      industry: 'Anlagenbau',
      size: '50-249',
      addresses: [address('Innrain', '40', '6020', 'Innsbruck', 'AT')],
    },
    owner: 'a.schneider@muster-maschinenbau.de',
    contacts: [
      {
        salutation: 'herr',
        firstName: 'Andreas',
        lastName: 'Gruber',
        position: 'Projektleiter',
        main: true,
        language: 'de',
        emails: [{ type: 'work', address: 'a.gruber@seilbahnbau.at' }],
      },
    ],
  },
];

/**
 * Adds the demo company's organisations and contacts through the services, as a user would.
 * Idempotent: an organisation whose name exists already is left alone with its contacts.
 */
export async function seedDemoCustomers(
  db: Kysely<Database>,
  engine: Engine,
  adminEmail: string,
): Promise<{ organizations: number; contacts: number }> {
  const users = new Map(
    (await db.selectFrom('users').select(['id', 'email']).execute()).map((u) => [u.email, u.id]),
  );
  const adminId = users.get(adminEmail);
  if (!adminId) return { organizations: 0, contacts: 0 };
  const system: Principal = {
    userId: adminId,
    role: 'admin',
    language: 'de',
    permissions: [],
    visibility: 'all',
    teamIds: [],
    via: 'token',
  };
  const events = new EventBus();
  const organizations = new OrganizationService(db, engine, events);
  const contacts = new ContactService(db, engine, organizations, events);
  const existing = new Map(
    (await db.selectFrom('organizations').select(['id', 'name']).execute()).map((o) => [o.name, o.id]),
  );
  const counts = { organizations: 0, contacts: 0 };
  for (const demo of DEMO_ORGANIZATIONS) {
    if (existing.has(demo.organization.name)) continue;
    const organization = await organizations.create(
      system,
      createOrganizationSchema.parse({
        ...demo.organization,
        parentId: demo.parent ? (existing.get(demo.parent) ?? null) : null,
        ownerId: users.get(demo.owner) ?? adminId,
      }),
    );
    existing.set(organization.name, organization.id);
    counts.organizations++;
    for (const { position, main, ...person } of demo.contacts) {
      await contacts.create(
        system,
        createContactSchema.parse({
          ...person,
          ownerId: organization.ownerId,
          employments: [
            { organizationId: organization.id, position: position ?? null, isMainContact: main ?? false },
          ],
        }),
      );
      counts.contacts++;
    }
  }
  return counts;
}
