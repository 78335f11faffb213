import type { SetOpportunityStatus } from '@kontor/domain/opportunities';
import { canSetOpportunityStatusByHand, type OpportunityRefusal } from '@kontor/domain/sales-status';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';
import type { EventBus } from '../../platform/events/bus.js';
import { recordFieldChanges } from '../../platform/history/field-history.js';
import type { ProblemCode } from '../../platform/http/messages.js';
import { conflict, invalidField, notFound, staleVersion } from '../../platform/http/problem.js';
import { opportunityRows } from '../sales-status/facts.js';
import { OpportunityRepository } from './repository.js';
import type { OpportunityView } from './schemas.js';
import type { OpportunityService } from './service.js';
import type { StageTimeline } from './stage-timeline.js';

const REFUSALS: Record<OpportunityRefusal, ProblemCode> = {
  'opportunity-has-active-quotation': 'opportunity-has-active-quotation',
  'derived-status-applies': 'opportunity-derived-status-applies',
  'status-derived': 'opportunity-status-derived',
};

export const moveResultSchema = z.object({ id: z.string(), stageId: z.string(), version: z.number().int() });

/**
 * What users do to an opportunity besides editing it: set its status by hand (S5 guards) and
 * drag it to another stage on the board.
 */
export class OpportunityActions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventBus,
    private readonly opportunities: OpportunityService,
    private readonly stages: StageTimeline,
  ) {}

  /**
   * Sets a by-hand status if the S5 rules let it be the effective one; Lost stores its reasons
   * (active ones only) and note, any other status clears them. The sync then stores the
   * effective status and writes the timeline entry, in this transaction.
   */
  async setStatus(principal: Principal, id: string, input: SetOpportunityStatus): Promise<OpportunityView> {
    await this.db.transaction().execute(async (trx) => {
      const current = await this.opportunities.get(principal, id, trx);
      if (current.version !== input.version) throw staleVersion();
      const [facts] = await opportunityRows(trx, [id]);
      if (!facts) throw notFound('opportunity-not-found');
      const verdict = canSetOpportunityStatusByHand(facts, input.status);
      if (!verdict.ok) throw conflict(REFUSALS[verdict.reason]);
      const reasonIds = [...new Set(input.lostReasonIds)];
      if (reasonIds.length > 0) {
        const active = await trx
          .selectFrom('lost_reasons')
          .select('id')
          .where('id', 'in', reasonIds)
          .where('active', '=', 1)
          .execute();
        if (active.length !== reasonIds.length) throw invalidField('lostReasonIds', 'unknown-lost-reason');
      }
      const change = { manual_status: input.status, lost_note: input.lostNote, updated_at: nowIso() };
      if (!(await updateIfVersion(trx, 'opportunities', id, input.version, change))) throw staleVersion();
      await new OpportunityRepository(trx).replaceLostReasons(id, reasonIds);
      await this.events.emit(trx, 'record.saved', { recordType: 'opportunity', id });
      await this.events.emit(trx, 'sales.changed', { opportunityIds: [id], by: principal.userId });
    });
    return this.opportunities.get(afterWriting(principal), id);
  }

  /**
   * Moves an opportunity to another stage (a drag on the board). Only the stage changes, never
   * the status: as in Odoo, a lost or closed deal moved between stages stays lost or closed, and
   * one converted by an order keeps its status whichever column it sits in.
   */
  async move(principal: Principal, id: string, input: { stageId: string; version: number }) {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.opportunities.get(principal, id, trx);
      if (current.version !== input.version) throw staleVersion();
      if (current.stageId === input.stageId)
        return { id, stageId: current.stageId, version: current.version };
      const stageName = await new OpportunityRepository(trx).stageName(input.stageId);
      if (stageName === undefined) throw invalidField('stageId', 'unknown-pipeline-stage');
      const change = { stage_id: input.stageId, updated_at: nowIso() };
      if (!(await updateIfVersion(trx, 'opportunities', id, input.version, change))) throw staleVersion();
      await this.stages.record(trx, principal, { ...current, stageName }, current.stageName);
      await recordFieldChanges(trx, {
        recordType: 'opportunity',
        recordId: id,
        changedBy: principal.userId,
        before: { stageName: current.stageName },
        after: { stageName },
      });
      await this.events.emit(trx, 'record.saved', { recordType: 'opportunity', id });
      return { id, stageId: input.stageId, version: input.version + 1 };
    });
  }
}
