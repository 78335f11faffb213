import { CAMPAIGN, type Campaign } from '@kontor/domain/campaigns';
import { Select, Switch, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { FormSection } from '../../ui/FormSection';
import { NameField } from '../../ui/NameField';
import { OwnerSelect } from '../../ui/OwnerSelect';
import { RecordForm, type RecordFormFrameProps } from '../../ui/RecordForm';
import { useCodedForm } from '../../ui/useCodedForm';
import { useFieldLabels } from '../../ui/useFieldLabels';
import { MoneyInput } from '../organizations/MoneyInput';
import { type CampaignFormValues, campaignFormErrors } from './campaignForm';

export type CampaignForm = UseFormReturnType<CampaignFormValues>;

/** A field across both columns of its card. */
const FULL_WIDTH = { gridColumn: '1 / -1' };

export function useCampaignForm(values: CampaignFormValues): CampaignForm {
  return useCodedForm(values, campaignFormErrors);
}

interface CampaignFormProps extends RecordFormFrameProps<CampaignFormValues> {
  /** The campaign being edited; none when creating. */
  campaign?: Campaign;
}

/** All fields of a campaign in cards; the page around it decides create or edit. */
export function CampaignFormFields({ campaign, ...frame }: CampaignFormProps) {
  const { form } = frame;
  const { t } = useTranslation();
  const { fieldLabel, options } = useFieldLabels(CAMPAIGN);

  return (
    <RecordForm {...frame}>
      <FormSection title={t('campaigns.sections.basics')}>
        <NameField label={fieldLabel('name')} {...form.getInputProps('name')} />
        <Select
          label={fieldLabel('channel')}
          data={options('channel')}
          allowDeselect={false}
          {...form.getInputProps('channel')}
        />
        <OwnerSelect
          label={fieldLabel('ownerName')}
          ownerId={form.values.ownerId}
          inputProps={form.getInputProps('ownerId')}
          record={campaign}
          ownerIsYou={t('campaigns.ownerIsYou')}
        />
        <Switch
          label={t('campaigns.activeLabel')}
          description={t('campaigns.activeHint')}
          mt="md"
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Textarea
          label={t('campaigns.descriptionLabel')}
          autosize
          minRows={2}
          maxRows={12}
          maxLength={5000}
          style={FULL_WIDTH}
          {...form.getInputProps('description')}
        />
      </FormSection>

      <FormSection title={t('campaigns.sections.period')}>
        <DateField label={fieldLabel('startsOn')} {...form.getInputProps('startsOn')} />
        <DateField label={fieldLabel('endsOn')} {...form.getInputProps('endsOn')} />
      </FormSection>

      <FormSection title={t('campaigns.sections.costs')}>
        <MoneyInput label={fieldLabel('budget')} {...form.getInputProps('budget')} />
        <MoneyInput label={fieldLabel('actualCost')} {...form.getInputProps('actualCost')} />
      </FormSection>
    </RecordForm>
  );
}
