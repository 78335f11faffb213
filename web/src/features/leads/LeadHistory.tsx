import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { LEAD, type Lead } from '@kontor/domain/leads';
import { FieldHistory } from '../../ui/FieldHistory';
import { useUsersList } from '../../ui/lookups';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useCampaignOptions, useLeadHistory } from './api';

/** The history tab of a lead: its changes field by field. */
export function LeadHistory({ lead }: { lead: Lead }) {
  const history = useLeadHistory(lead.id);
  const users = useUsersList(usePermission('users.read'));
  const campaigns = useCampaignOptions(usePermission('campaigns.read'));
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  return (
    <FieldHistory
      record={LEAD}
      items={history.data}
      extraFields={{
        ownerId: fieldOf(LEAD, 'ownerName') as FieldDef,
        campaignId: fieldOf(LEAD, 'campaignName') as FieldDef,
      }}
      describeValue={(field, value) => {
        // Owners and campaigns are stored by id: their names from the lists, or the one the lead shows now.
        if (typeof value !== 'string') return undefined;
        if (field === 'ownerId')
          return (
            users.data?.find((user) => user.id === value)?.name ??
            (value === lead.ownerId ? (lead.ownerName ?? undefined) : undefined)
          );
        if (field === 'campaignId')
          return (
            campaigns.data?.find((campaign) => campaign.id === value)?.name ??
            (value === lead.campaignId ? (lead.campaignName ?? undefined) : undefined)
          );
        return undefined;
      }}
    />
  );
}
