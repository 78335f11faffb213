import { type ActivityType, type AssigneeInput, DIRECTED_TYPES } from '@kontor/domain/activities';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, type FieldProblem, invalidField } from '../../platform/http/problem.js';
import type { RecordDirectory } from '../../platform/records/record-directory.js';
import type { RecordKey } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Every linked record must exist, be of a type Kontor has, and be visible to the writer, who
 * must hold read permission on its type: nobody links an entry to what they cannot see, and
 * the answer does not tell a hidden record from a missing one.
 */
export async function checkLinks(
  db: Db,
  records: RecordDirectory,
  principal: Principal,
  links: readonly RecordKey[],
): Promise<void> {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  links.forEach((link, index) => {
    const key = `${link.recordType}:${link.recordId}`;
    if (seen.has(key)) problems.push({ path: `links.${index}`, code: 'activity-links-duplicate' });
    seen.add(key);
  });
  if (problems.length > 0) throw new AppError(400, 'validation-error', { fields: problems });

  const visible = new Set<string>();
  for (const type of new Set(links.map((link) => link.recordType))) {
    if (!records.permits(principal, type, 'read')) continue;
    const ids = links.filter((link) => link.recordType === type).map((link) => link.recordId);
    const names = await records.get(type)?.visibleNames(db, principal, ids);
    for (const id of names?.keys() ?? []) visible.add(`${type}:${id}`);
  }
  links.forEach((link, index) => {
    if (!visible.has(`${link.recordType}:${link.recordId}`))
      problems.push({ path: `links.${index}`, code: 'activity-link-invalid' });
  });
  if (problems.length > 0) throw new AppError(400, 'activity-link-invalid', { fields: problems });
}

/** Only calls, e-mails and letters go one way (A1). */
export function checkDirection(type: ActivityType, direction: string | null | undefined): void {
  if (direction && !DIRECTED_TYPES.includes(type))
    throw invalidField('direction', 'activity-direction-not-applicable');
}

/** An open entry comes up again on its due date; without one it would be forgotten (A2). */
export function checkDue(status: 'open' | 'done', dueAt: string | null | undefined): void {
  if (status === 'open' && !dueAt) throw invalidField('dueAt', 'activity-due-required');
}

/** The assignee must be an active user or an existing team (A3). */
export async function checkAssignee(db: Db, assignee: AssigneeInput | null | undefined): Promise<void> {
  if (!assignee) return;
  const found =
    'userId' in assignee
      ? await db
          .selectFrom('users')
          .select('id')
          .where('id', '=', assignee.userId)
          .where('active', '=', 1)
          .executeTakeFirst()
      : await db.selectFrom('teams').select('id').where('id', '=', assignee.teamId).executeTakeFirst();
  if (!found) throw invalidField('assignee', 'activity-assignee-invalid');
}

export async function checkNoteType(db: Db, noteTypeId: string | null | undefined): Promise<void> {
  if (!noteTypeId) return;
  const found = await db
    .selectFrom('activity_note_types')
    .select('id')
    .where('id', '=', noteTypeId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!found) throw invalidField('noteTypeId', 'activity-note-type-invalid');
}
