import { Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { usePermission } from '../../ui/session';
import { useCampaignOptions } from './api';

/** The campaign a lead came from; without the right to read campaigns, the current one read-only. */
export function CampaignSelect({
  label,
  campaignId,
  campaignName,
  inputProps,
}: {
  label: string;
  campaignId: string | null;
  /** The name the lead shows now, for a campaign not (or no longer) in the options. */
  campaignName: string | null;
  inputProps: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  const canRead = usePermission('campaigns.read');
  const campaigns = useCampaignOptions(canRead);
  if (!canRead) return <TextInput label={label} value={campaignName ?? '–'} readOnly />;
  const data = (campaigns.data ?? []).map((campaign) => ({ value: campaign.id, label: campaign.name }));
  if (campaignId && !data.some((option) => option.value === campaignId))
    data.push({ value: campaignId, label: campaignName ?? campaignId });
  return (
    <Select
      label={label}
      description={t('leads.campaignHint')}
      data={data}
      searchable
      clearable
      nothingFoundMessage={t('leads.noCampaigns')}
      {...inputProps}
    />
  );
}
