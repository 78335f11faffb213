import type { Campaign } from '@kontor/domain/campaigns';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { changedFields } from '../../ui/changedFields';
import { PageHeader } from '../../ui/PageHeader';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useCampaign, useUpdateCampaign } from './api';
import { CampaignFormFields, useCampaignForm } from './CampaignForm';
import { CampaignNotFound } from './CampaignNotFound';
import { campaignFormPath, initialCampaignValues, toCampaignPayload } from './campaignForm';

export function EditCampaignPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <TableSkeleton rows={8} />;
  if (campaign.isError) {
    if (campaign.error instanceof ApiError && campaign.error.status === 404) return <CampaignNotFound />;
    return <ErrorState error={campaign.error} onRetry={() => campaign.refetch()} />;
  }
  return <EditForm key={id} campaign={campaign.data} reload={async () => (await campaign.refetch()).data} />;
}

function EditForm({ campaign, reload }: { campaign: Campaign; reload: () => Promise<Campaign | undefined> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useCampaignForm(initialCampaignValues(i18n.language, campaign));
  const update = useUpdateCampaign(campaign.id);
  // The version the form started from: a change by someone else since then must give a conflict.
  const [base, setBase] = useState(campaign);
  const [conflict, setConflict] = useState(false);
  const detailPath = `/campaigns/${encodeURIComponent(campaign.id)}`;

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    const values = initialCampaignValues(i18n.language, latest);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    setConflict(false);
  };

  return (
    <>
      <PageHeader title={t('campaigns.editTitle', { name: base.name })} />
      <CampaignFormFields
        form={form}
        campaign={base}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(values, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            toCampaignPayload(initialCampaignValues(i18n.language, base)),
            toCampaignPayload(values),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t, campaignFormPath),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({ color: 'teal', message: t('campaigns.saved', { name: saved.name }) });
                navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
