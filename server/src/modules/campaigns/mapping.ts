import { CAMPAIGN_CHANNELS, type Campaign } from '@kontor/domain/campaigns';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { CampaignRow } from './repository.js';

const channelOf = storedEnum(CAMPAIGN_CHANNELS, 'web');
const cents = (value: number | string | null) => (value === null ? null : Number(value));

export function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    name: row.name,
    channel: channelOf(row.channel),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    budgetCents: cents(row.budget_cents),
    actualCostCents: cents(row.actual_cost_cents),
    currency: row.currency,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    active: Number(row.active) === 1,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
