import type { Kysely } from 'kysely';

/**
 * Adds permissions to roles, by role key, keeping what each already has. The permissions are
 * passed literally by each migration (decision 0009): this is only the mechanics. A role that
 * does not exist is left alone.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function grantPermissions(db: Kysely<any>, grants: Record<string, string[]>): Promise<void> {
  for (const [key, permissions] of Object.entries(grants)) {
    const role = await db.selectFrom('roles').select('permissions').where('key', '=', key).executeTakeFirst();
    if (!role) continue;
    const merged = [...new Set([...(JSON.parse(role.permissions) as string[]), ...permissions])];
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(merged) })
      .where('key', '=', key)
      .execute();
  }
}
