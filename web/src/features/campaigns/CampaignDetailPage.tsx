import type { Campaign } from '@kontor/domain/campaigns';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { BackLink } from '../../ui/BackLink';
import { DeleteConfirm } from '../../ui/DeleteConfirm';
import { DetailActions } from '../../ui/DetailActions';
import { DetailSkeleton } from '../../ui/DetailParts';
import { DetailTabs } from '../../ui/DetailTabs';
import { usePageKey } from '../../ui/keyboard';
import { usePermission } from '../../ui/session';
import { ErrorState } from '../../ui/states';
import { useCampaign, useDeleteCampaign } from './api';
import { CampaignHeader } from './CampaignHeader';
import { CampaignHistory } from './CampaignHistory';
import { CampaignNotFound } from './CampaignNotFound';
import { CampaignOverview } from './CampaignOverview';

export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <DetailSkeleton />;
  if (campaign.isError) {
    if (campaign.error instanceof ApiError && campaign.error.status === 404) return <CampaignNotFound />;
    return <ErrorState error={campaign.error} onRetry={() => campaign.refetch()} />;
  }
  return <CampaignDetail key={id} campaign={campaign.data} />;
}

function CampaignDetail({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('campaigns.write');
  const canDelete = usePermission('campaigns.delete');
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteCampaign(campaign.id);
  const editPath = `/campaigns/${encodeURIComponent(campaign.id)}/edit`;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  return (
    <Stack gap="lg">
      <BackLink to="/campaigns" label={t('campaigns.backToList')} />
      <CampaignHeader campaign={campaign}>
        <DetailActions
          canWrite={canWrite}
          canDelete={canDelete}
          editPath={editPath}
          noWriteReason={t('campaigns.noWritePermission')}
          noDeleteReason={t('campaigns.noDeletePermission')}
          onDelete={() => setDeleting(true)}
        />
      </CampaignHeader>

      <DetailTabs
        allowed={['history']}
        overview={<CampaignOverview campaign={campaign} />}
        history={<CampaignHistory campaign={campaign} />}
      />

      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('campaigns.deleteTitle')}
        message={t('campaigns.deleteText', { name: campaign.name })}
        deletedMessage={t('campaigns.deleted', { name: campaign.name })}
        listPath="/campaigns"
      />
    </Stack>
  );
}
