// The two people the reports are measured for, signed in as the web app signs in (a session
// cookie from POST /api/auth/login): the bench's admin, who sees everything, and a generated
// sales colleague in no team — the sales role's team visibility without a team is exactly
// their own records (and those without an owner), so every report adds the owner predicate.
import { hashPassword } from '@kontor/server/src/platform/auth/password.ts';
import type { Probe } from '../master-data/probe.ts';

const PASSWORD = 'bench-passwort-123';
export const BENCH_ADMIN_EMAIL = 'bench@example.de';

export interface Person {
  label: string;
  userId: string;
  email: string;
  /** `Cookie` header of the signed-in session. */
  cookie: string;
}

/** The generated sales colleague (in no team) who owns the most opportunities, with a password. */
export async function salesColleague(probe: Probe): Promise<{ id: string; email: string; name: string }> {
  const top = await probe.db
    .selectFrom('users')
    .innerJoin('opportunities', 'opportunities.owner_id', 'users.id')
    .select(['users.id', 'users.email', 'users.name', 'users.password_hash'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('users.role_key', '=', 'sales')
    .where('users.email', 'like', '%@kontor-bench.de')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('team_members').select('user_id').whereRef('team_members.user_id', '=', 'users.id'),
        ),
      ),
    )
    .groupBy(['users.id', 'users.email', 'users.name', 'users.password_hash'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  if (!top.password_hash)
    await probe.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(PASSWORD) })
      .where('id', '=', top.id)
      .execute();
  return { id: top.id, email: top.email, name: top.name };
}

/** Signs in with the bench password; the session cookie to send along. */
export async function signIn(
  port: number,
  label: string,
  user: { id: string; email: string },
): Promise<Person> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${user.email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { label, userId: user.id, email: user.email, cookie };
}
