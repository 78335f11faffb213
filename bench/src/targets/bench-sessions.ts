// Users with signed-in browser sessions for benchmarks that need many people at once (sse):
// made in the server process, since logins over HTTP are rate-limited per address.
import type { RoleKey } from '@kontor/domain/permissions';
import { TeamService } from '@kontor/server/src/modules/teams/service.ts';
import { UserService } from '@kontor/server/src/modules/users/service.ts';
import { SESSION_COOKIE } from '@kontor/server/src/platform/auth/session-cookie.ts';
import { SessionManager } from '@kontor/server/src/platform/auth/sessions.ts';
import type { DatabaseHandle } from '@kontor/server/src/platform/db/connection.ts';

export interface BenchSession {
  userId: string;
  role: string;
  /** `Cookie` header value. */
  cookie: string;
}

/**
 * `spec` is `role:count,…` (e.g. `service:20,sales:10`). Sales users (team visibility) share a
 * team with the admin, so they see what the admin writes, as colleagues in one team would.
 */
export async function benchSessions(
  database: DatabaseHandle,
  adminId: string,
  spec: string | undefined,
): Promise<BenchSession[]> {
  if (!spec) return [];
  const users = new UserService(database.db);
  const manager = new SessionManager(database.db, 1);
  const wanted = spec.split(',').map((part) => {
    const [role, count] = part.split(':');
    return { role: role as RoleKey, count: Number(count) };
  });
  const created: { id: string; role: string }[] = [];
  const stamp = Date.now().toString(36);
  for (const { role, count } of wanted) {
    for (let i = 0; i < count; i += 1) {
      const { user } = await users.create(null, {
        email: `bench-${role}-${i}-${stamp}@example.de`,
        name: `Bench ${role} ${i}`,
        role,
        password: 'bench-passwort-123',
        teamIds: [],
        language: 'de',
      });
      created.push({ id: user.id, role });
    }
  }
  const sales = created.filter((u) => u.role === 'sales').map((u) => u.id);
  if (sales.length > 0) {
    await new TeamService(database.db).create(adminId, {
      name: `Bench ${stamp}`,
      memberIds: [adminId, ...sales],
    });
  }
  const sessions: BenchSession[] = [];
  for (const user of created) {
    const { token } = await manager.create(user.id);
    sessions.push({ userId: user.id, role: user.role, cookie: `${SESSION_COOKIE}=${token}` });
  }
  return sessions;
}
