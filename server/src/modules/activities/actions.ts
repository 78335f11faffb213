import type {
  Activity,
  completeActivitySchema,
  reassignActivitySchema,
  reopenActivitySchema,
  rescheduleActivitySchema,
} from '@kontor/domain/activities';
import type { Language } from '@kontor/domain/users';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { conflict } from '../../platform/http/problem.js';
import { type ChangeRequest, changeActivity } from './change.js';
import type { ActivityRecorder } from './recorder.js';
import { instant } from './recorder.js';
import type { ActivityService } from './service.js';
import { checkAssignee } from './validation.js';

/**
 * What people do with an entry besides editing it: finish a follow-up, open it again, move or
 * hand it on (A2, A3), pin it (A5), delete it and restore it (X4). Each is one transaction.
 */
export class ActivityActions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly recorder: ActivityRecorder,
    private readonly activities: ActivityService,
  ) {}

  complete(
    principal: Principal,
    id: string,
    input: z.output<typeof completeActivitySchema>,
    language: Language,
  ) {
    return this.change(principal, language, {
      id,
      version: input.version,
      build: (row) => {
        if (row.status === 'done') throw conflict('activity-already-done');
        return {
          status: 'done',
          outcome: input.outcome ?? null,
          done_at: nowIso(),
          done_by: principal.userId,
        };
      },
    });
  }

  reopen(principal: Principal, id: string, input: z.output<typeof reopenActivitySchema>, language: Language) {
    return this.change(principal, language, {
      id,
      version: input.version,
      build: (row) => {
        if (row.status === 'open') throw conflict('activity-already-open');
        return {
          status: 'open',
          due_at: instant(input.dueAt),
          due_notified_at: null,
          done_at: null,
          done_by: null,
          // A reopened entry goes back to whoever had it, or to the one reopening it.
          ...(row.assignee_user_id || row.assignee_team_id ? {} : { assignee_user_id: principal.userId }),
        };
      },
    });
  }

  reschedule(
    principal: Principal,
    id: string,
    input: z.output<typeof rescheduleActivitySchema>,
    language: Language,
  ) {
    return this.change(principal, language, {
      id,
      version: input.version,
      build: (row) => {
        if (row.status !== 'open') throw conflict('activity-not-open');
        // A new due date is due anew: its assignee is told again when it arrives.
        return { due_at: instant(input.dueAt), due_notified_at: null };
      },
    });
  }

  async reassign(
    principal: Principal,
    id: string,
    input: z.output<typeof reassignActivitySchema>,
    language: Language,
  ) {
    await checkAssignee(this.db, input.assignee);
    return this.change(principal, language, {
      id,
      version: input.version,
      build: (row) => {
        if (row.status !== 'open') throw conflict('activity-not-open');
        return 'userId' in input.assignee
          ? { assignee_user_id: input.assignee.userId, assignee_team_id: null }
          : { assignee_user_id: null, assignee_team_id: input.assignee.teamId };
      },
    });
  }

  /** Pinning never conflicts with an edit, so it needs no version; system entries may be pinned too. */
  pin(principal: Principal, id: string, pinned: boolean, language: Language) {
    return this.change(principal, language, {
      id,
      version: null,
      onReadOnly: 'allow',
      build: () => ({ pinned: Number(pinned) }),
    });
  }

  /** A soft delete: the entry leaves every list and timeline; an admin can restore it. */
  async delete(principal: Principal, id: string, language: Language): Promise<void> {
    await this.db
      .transaction()
      .execute((trx) =>
        changeActivity(
          trx,
          this.recorder,
          principal,
          { id, version: null, build: () => ({ deleted_at: nowIso(), deleted_by: principal.userId }) },
          language,
        ),
      );
  }

  restore(principal: Principal, id: string, language: Language) {
    return this.change(principal, language, {
      id,
      version: null,
      deleted: true,
      build: () => ({ deleted_at: null, deleted_by: null }),
    });
  }

  private async change(principal: Principal, language: Language, request: ChangeRequest): Promise<Activity> {
    await this.db
      .transaction()
      .execute((trx) => changeActivity(trx, this.recorder, principal, request, language));
    return this.activities.get(afterWriting(principal), request.id, language);
  }
}
