import type { Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { ActivityRecorder } from '../activities/recorder.js';
import type { RecordKey } from '../activities/repository.js';

/** Records "Phase: A → B" on the opportunity's timeline (and its customer's) when its stage changes. */
export class StageTimeline {
  constructor(private readonly recorder: ActivityRecorder) {}

  async record(
    trx: Transaction<Database>,
    principal: Principal,
    opportunity: { id: string; stageName: string; organizationId: string | null; leadId: string | null },
    fromStage: string,
  ): Promise<void> {
    const links: RecordKey[] = [{ recordType: 'opportunity', recordId: opportunity.id }];
    if (opportunity.organizationId)
      links.push({ recordType: 'organization', recordId: opportunity.organizationId });
    if (opportunity.leadId) links.push({ recordType: 'lead', recordId: opportunity.leadId });
    await this.recorder.record(trx, {
      type: 'system',
      subject: `Phase: ${fromStage} → ${opportunity.stageName}`,
      systemKey: 'opportunity.stage-changed',
      links,
      createdBy: principal.userId,
    });
  }
}
