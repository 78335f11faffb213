import { parseArgs } from 'node:util';
import { ROLE_KEYS, roleKeySchema } from '@kontor/domain/permissions';
import { createUserSchema } from '@kontor/domain/users';
import { ApiTokenService } from '../modules/tokens/service.js';
import { UserRepository } from '../modules/users/repository.js';
import { UserService } from '../modules/users/service.js';
import { migrateToLatest } from '../platform/db/connection.js';
import { withDatabase } from './context.js';
import { seedDemo } from './seed-demo.js';
import { type Command, UsageError } from './usage.js';

function options<T extends Record<string, { type: 'string' | 'boolean' }>>(
  args: string[],
  spec: T,
  usage: string,
) {
  try {
    return parseArgs({
      args,
      options: { ...spec, help: { type: 'boolean' } },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
}

function required(value: string | boolean | undefined, flag: string, usage: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${flag} fehlt`, usage);
  return value;
}

const usersCreate: Command = {
  name: 'users create',
  usage: `kontor users create --email <e-mail> --password <passwort> --role <${ROLE_KEYS.join('|')}> [--name <name>]`,
  summary: 'Legt einen Benutzer an',
  help: 'Legt einen aktiven Benutzer mit Passwort an. Ohne --name wird der Teil vor dem @ als Name verwendet.',
  async run(args) {
    const values = options(
      args,
      {
        email: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
      },
      this.usage,
    );
    const email = required(values.email, 'email', this.usage);
    const role = roleKeySchema.safeParse(required(values.role, 'role', this.usage));
    if (!role.success) throw new UsageError(`--role muss eines von ${ROLE_KEYS.join(', ')} sein`, this.usage);
    const parsed = createUserSchema.safeParse({
      email,
      password: required(values.password, 'password', this.usage),
      role: role.data,
      name: typeof values.name === 'string' ? values.name : email.split('@')[0],
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`--${String(issue?.path[0])}: ${issue?.message}`, this.usage);
    }
    const { user } = await withDatabase(({ db }) => new UserService(db).create(null, parsed.data));
    console.log(`Benutzer ${user.email} (${user.role}) angelegt, ID ${user.id}`);
  },
};

const tokensCreate: Command = {
  name: 'tokens create',
  usage: 'kontor tokens create --email <e-mail des benutzers> --name <bezeichnung>',
  summary: 'Erzeugt ein API-Token und gibt es einmalig aus',
  help: 'Erzeugt ein API-Token für den Benutzer. Das Token wird nur jetzt ausgegeben; gespeichert wird nur sein Hash.',
  async run(args) {
    const values = options(args, { email: { type: 'string' }, name: { type: 'string' } }, this.usage);
    const email = required(values.email, 'email', this.usage).trim().toLowerCase();
    const name = required(values.name, 'name', this.usage);
    const token = await withDatabase(async ({ db }) => {
      const user = await new UserRepository(db).findByEmail(email);
      if (!user) throw new UsageError(`Keinen Benutzer mit der E-Mail-Adresse ${email} gefunden`, this.usage);
      if (user.active !== 1) throw new UsageError(`Der Benutzer ${email} ist deaktiviert`, this.usage);
      return (await new ApiTokenService(db).create(user.id, { name })).token;
    });
    console.log(token);
  },
};

const migrate: Command = {
  name: 'migrate',
  usage: 'kontor migrate',
  summary: 'Bringt das Datenbankschema auf den neuesten Stand',
  help: 'Führt alle ausstehenden Migrationen aus. Der Server tut das auch bei jedem Start.',
  async run(args) {
    options(args, {}, this.usage);
    const applied = await withDatabase(({ db }) => migrateToLatest(db));
    console.log(applied.length ? `Migrationen ausgeführt: ${applied.join(', ')}` : 'Das Schema ist aktuell.');
  },
};

const seed: Command = {
  name: 'seed',
  usage: 'kontor seed --demo',
  summary: 'Füllt die Datenbank mit einer Demo-Firma',
  help: 'Legt die Demo-Firma an (Teams, Benutzer, Kunden, Vorgänge und den Vertrieb: Produkte, Leads, Chancen, Angebote, Aufträge). Mehrfaches Ausführen legt nichts doppelt an.',
  async run(args) {
    const values = options(args, { demo: { type: 'boolean' } }, this.usage);
    if (!values.demo) throw new UsageError('--demo fehlt', this.usage);
    const summary = await withDatabase(({ db, engine }) => seedDemo(db, engine));
    console.log(summary);
  },
};

export const COMMANDS: Command[] = [usersCreate, tokensCreate, migrate, seed];
