import {
  CAMPAIGN,
  campaignSchema,
  createCampaignSchema,
  updateCampaignSchema,
} from '@kontor/domain/campaigns';
import type { Api } from '../../platform/http/types.js';
import { registerPlainRecordRoutes } from '../../platform/records/plain-record-routes.js';
import type { CampaignService } from './service.js';

export function campaignRoutes(app: Api, campaigns: CampaignService): void {
  registerPlainRecordRoutes(app, {
    path: 'campaigns',
    record: CAMPAIGN,
    permissions: { read: 'campaigns.read', write: 'campaigns.write', delete: 'campaigns.delete' },
    schemas: { item: campaignSchema, create: createCampaignSchema, update: updateCampaignSchema },
    service: campaigns,
    bulkSummary: 'Delete up to 1,000 campaigns, all or nothing',
    // The list fields are money in the filter language; the record carries them in cents.
    exportValue: (campaign, field) =>
      field.key === 'budget'
        ? campaign.budgetCents
        : field.key === 'actualCost'
          ? campaign.actualCostCents
          : campaign[field.key as keyof typeof campaign],
  });
}
