import type { ConvertLead } from '@kontor/domain/leads';
import { foldGerman } from '@kontor/domain/normalize';
import type { Transaction } from 'kysely';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { invalidField } from '../../platform/http/problem.js';
import type { LeadRow } from './repository.js';

/**
 * The opportunity a conversion makes, written here so conversion does not wait on the
 * opportunities module: Open, in the chosen stage, its probability that of the stage (null),
 * taking owner, source and campaign from the lead. A stage that does not exist refuses the
 * whole conversion (the caller's transaction rolls back what came before).
 */
export async function insertConversionOpportunity(
  trx: Transaction<Database>,
  input: {
    lead: LeadRow;
    opportunity: NonNullable<ConvertLead['opportunity']>;
    organizationId: string | null;
    contactId: string | null;
    by: string;
  },
): Promise<string> {
  const { lead, opportunity } = input;
  const stage = await trx
    .selectFrom('pipeline_stages')
    .select('id')
    .where('id', '=', opportunity.stageId)
    .executeTakeFirst();
  if (!stage) throw invalidField('opportunity.stageId', 'conversion-unknown-stage');
  const id = newId();
  const now = nowIso();
  await trx
    .insertInto('opportunities')
    .values({
      id,
      name: opportunity.name,
      name_key: foldGerman(opportunity.name),
      organization_id: input.organizationId,
      lead_id: lead.id,
      contact_id: input.contactId,
      stage_id: stage.id,
      status: 'open',
      manual_status: 'open',
      expected_revenue_cents: opportunity.expectedRevenueCents,
      probability: null,
      expected_close_date: opportunity.expectedCloseDate,
      owner_id: lead.owner_id,
      team_id: null,
      source: lead.source,
      campaign_id: lead.campaign_id,
      lost_note: null,
      status_changed_at: now,
      created_at: now,
      updated_at: now,
      created_by: input.by,
    })
    .execute();
  return id;
}
