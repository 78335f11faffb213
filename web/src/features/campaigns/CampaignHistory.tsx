import { CAMPAIGN, type Campaign } from '@kontor/domain/campaigns';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { useTranslation } from 'react-i18next';
import { FieldHistory } from '../../ui/FieldHistory';
import { useUsersList } from '../../ui/lookups';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useCampaignHistory } from './api';

/** The history tab of a campaign: its changes field by field. */
export function CampaignHistory({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const history = useCampaignHistory(campaign.id);
  const users = useUsersList(usePermission('users.read'));
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const description = t('campaigns.descriptionLabel');
  return (
    <FieldHistory
      record={CAMPAIGN}
      items={history.data}
      extraFields={{
        budgetCents: fieldOf(CAMPAIGN, 'budget') as FieldDef,
        actualCostCents: fieldOf(CAMPAIGN, 'actualCost') as FieldDef,
        ownerId: fieldOf(CAMPAIGN, 'ownerName') as FieldDef,
        description: { key: 'description', kind: 'text', label: { de: description, en: description } },
      }}
      describeValue={(field, value) => {
        // Owners are stored by id: their name from the users list, or the one the campaign shows now.
        if (field !== 'ownerId' || typeof value !== 'string') return undefined;
        const user = users.data?.find((candidate) => candidate.id === value);
        if (user) return user.name;
        return value === campaign.ownerId ? (campaign.ownerName ?? undefined) : undefined;
      }}
    />
  );
}
