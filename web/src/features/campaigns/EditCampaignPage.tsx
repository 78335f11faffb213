import type { Campaign } from '@kontor/domain/campaigns';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditRecordPage } from '../../ui/EditRecordPage';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEdit } from '../../ui/useRecordEdit';
import { useCampaign, useUpdateCampaign } from './api';
import { CampaignFormFields, useCampaignForm } from './CampaignForm';
import { CampaignNotFound } from './CampaignNotFound';
import { campaignFormPath, initialCampaignValues, toCampaignPayload } from './campaignForm';

export function EditCampaignPage() {
  const { id = '' } = useParams();
  return (
    <EditRecordPage query={useCampaign(id)} notFound={<CampaignNotFound />}>
      {(campaign, reload) => <EditForm campaign={campaign} reload={reload} />}
    </EditRecordPage>
  );
}

function EditForm({ campaign, reload }: { campaign: Campaign; reload: () => Promise<Campaign | undefined> }) {
  const { t, i18n } = useTranslation();
  const valuesOf = (record: Campaign) => initialCampaignValues(i18n.language, record);
  const form = useCampaignForm(valuesOf(campaign));
  const { base, formProps } = useRecordEdit({
    record: campaign,
    reload,
    form,
    valuesOf,
    toPayload: toCampaignPayload,
    update: useUpdateCampaign(campaign.id),
    detailPath: `/campaigns/${encodeURIComponent(campaign.id)}`,
    savedMessage: (saved) => t('campaigns.saved', { name: saved.name }),
    formPathOf: campaignFormPath,
  });
  return (
    <>
      <PageHeader title={t('campaigns.editTitle', { name: base.name })} />
      <CampaignFormFields form={form} campaign={base} {...formProps} />
    </>
  );
}
