import type { RoleKey } from '@kontor/domain/permissions';
import type { Kysely } from 'kysely';
import { TeamRepository } from '../modules/teams/repository.js';
import { TeamService } from '../modules/teams/service.js';
import { UserRepository } from '../modules/users/repository.js';
import { UserService } from '../modules/users/service.js';
import type { Engine } from '../platform/db/connection.js';
import type { Database } from '../platform/db/schema.js';
import { seedDemoActivities } from './seed-demo-activities.js';
import { seedDemoCustomers } from './seed-demo-customers.js';
import { demoSalesSummary, seedDemoSales } from './seed-demo-sales.js';

/** Password of every demo user; printed by the command, meant for trying Kontor out only. */
export const DEMO_PASSWORD = 'kontor-demo-2026';

const DEMO_TEAMS = ['Vertrieb Nord', 'Vertrieb Süd', 'Innendienst', 'Service'];

const DEMO_USERS: { name: string; email: string; role: RoleKey; teams: string[] }[] = [
  { name: 'Katrin Berger', email: 'k.berger@muster-maschinenbau.de', role: 'admin', teams: [] },
  {
    name: 'Anna Schneider',
    email: 'a.schneider@muster-maschinenbau.de',
    role: 'manager',
    teams: ['Vertrieb Nord', 'Vertrieb Süd'],
  },
  { name: 'Jonas Weber', email: 'j.weber@muster-maschinenbau.de', role: 'sales', teams: ['Vertrieb Nord'] },
  { name: 'Lea Fischer', email: 'l.fischer@muster-maschinenbau.de', role: 'sales', teams: ['Vertrieb Süd'] },
  { name: 'Murat Yılmaz', email: 'm.yilmaz@muster-maschinenbau.de', role: 'service', teams: ['Service'] },
  { name: 'Sabine Wagner', email: 's.wagner@muster-maschinenbau.de', role: 'sales', teams: ['Innendienst'] },
  { name: 'Petra Hoffmann', email: 'p.hoffmann@muster-maschinenbau.de', role: 'read-only', teams: [] },
];

/**
 * The demo company "Muster Maschinenbau GmbH": teams and staff. Later modules add their
 * records here. Idempotent: what exists (by e-mail or team name) is left as it is.
 */
export async function seedDemo(db: Kysely<Database>, engine: Engine): Promise<string> {
  const teamService = new TeamService(db);
  const existingTeams = new Map((await new TeamRepository(db).list()).map((t) => [t.name, t.id]));
  let createdTeams = 0;
  for (const name of DEMO_TEAMS) {
    if (existingTeams.has(name)) continue;
    existingTeams.set(name, (await teamService.create(null, { name, memberIds: [] })).id);
    createdTeams++;
  }

  const userService = new UserService(db);
  const users = new UserRepository(db);
  let createdUsers = 0;
  for (const demo of DEMO_USERS) {
    if (await users.findByEmail(demo.email)) continue;
    await userService.create(null, {
      email: demo.email,
      name: demo.name,
      role: demo.role,
      password: DEMO_PASSWORD,
      language: 'de',
      teamIds: demo.teams.map((team) => existingTeams.get(team) ?? ''),
    });
    createdUsers++;
  }
  const customers = await seedDemoCustomers(db, engine, DEMO_USERS[0]?.email ?? '');
  const activities = await seedDemoActivities(db, engine);
  const sales = await seedDemoSales(db, engine);
  return [
    `Demo-Firma Muster Maschinenbau GmbH: ${createdTeams} Teams, ${createdUsers} Benutzer, ${customers.organizations} Organisationen und ${customers.contacts} Kontakte angelegt, ${activities} Vorgänge erfasst.`,
    demoSalesSummary(sales),
    `Anmeldung z. B. als ${DEMO_USERS[0]?.email} mit dem Passwort ${DEMO_PASSWORD}`,
  ].join('\n');
}
