import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { NumberInput, Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { FormSection } from '../../ui/FormSection';
import { useTeamsList } from '../../ui/lookups';
import { NameField } from '../../ui/NameField';
import { OrganizationMultiSelect } from '../../ui/OrganizationMultiSelect';
import { OrganizationSelect } from '../../ui/OrganizationSelect';
import { OwnerSelect } from '../../ui/OwnerSelect';
import { RecordForm, type RecordFormFrameProps } from '../../ui/RecordForm';
import { usePermission } from '../../ui/session';
import { useCodedForm } from '../../ui/useCodedForm';
import { useFieldLabels } from '../../ui/useFieldLabels';
import { CampaignSelect } from '../leads/CampaignSelect';
import { MoneyInput } from '../organizations/MoneyInput';
import { type OpportunityView, usePipelineStages } from './api';
import { type OpportunityFormValues, opportunityFormErrors } from './opportunityForm';
import { RecordSearchSelect } from './RecordSearchSelect';

const FULL_WIDTH = { gridColumn: '1 / -1' };

export type OpportunityForm = UseFormReturnType<OpportunityFormValues>;

export function useOpportunityForm(values: OpportunityFormValues): OpportunityForm {
  return useCodedForm(values, opportunityFormErrors);
}

/** All fields of an opportunity in cards; the page around it decides create or edit. */
export function OpportunityFormFields({
  opportunity,
  ...frame
}: RecordFormFrameProps<OpportunityFormValues> & { opportunity?: OpportunityView }) {
  const { form } = frame;
  const { t } = useTranslation();
  const { fieldLabel, options } = useFieldLabels(OPPORTUNITY);
  const stages = usePipelineStages();
  const teams = useTeamsList();
  const canReadLeads = usePermission('leads.read');
  const stage = stages.data?.find((s) => s.id === form.values.stageId);
  // A new deal starts in the first stage, as on the board; that is no change of the user's.
  const firstStage = stages.data?.[0]?.id;
  const needsStage = !form.values.stageId;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the stages are known
  useEffect(() => {
    if (!needsStage || !firstStage) return;
    form.setInitialValues({ ...form.getInitialValues(), stageId: firstStage });
    form.setFieldValue('stageId', firstStage);
  }, [firstStage]);
  const ref = (id: string | null | undefined, name: string | null | undefined) =>
    id && name ? { id, name } : null;

  return (
    <RecordForm {...frame}>
      <FormSection title={t('opportunities.form.customer')}>
        <NameField label={fieldLabel('name')} style={FULL_WIDTH} {...form.getInputProps('name')} />
        <OrganizationSelect
          label={fieldLabel('organizationName')}
          placeholder={t('opportunities.form.searchPlaceholder')}
          initial={ref(opportunity?.organizationId, opportunity?.organizationName)}
          {...form.getInputProps('organizationId')}
          onChange={(id) => form.setFieldValue('organizationId', id)}
        />
        <RecordSearchSelect
          apiPath="/api/leads"
          label={fieldLabel('leadName')}
          disabled={!canReadLeads}
          initial={ref(opportunity?.leadId, opportunity?.leadName)}
          {...form.getInputProps('leadId')}
        />
        <RecordSearchSelect
          apiPath="/api/contacts"
          label={fieldLabel('contactName')}
          initial={ref(opportunity?.contactId, opportunity?.contactName)}
          {...form.getInputProps('contactId')}
        />
        <OrganizationMultiSelect
          description={t('opportunities.form.competitorsHint')}
          nothingFound={t('opportunities.form.nothingFound')}
          label={fieldLabel('competitors')}
          initial={opportunity?.competitors ?? []}
          style={FULL_WIDTH}
          {...form.getInputProps('competitorIds')}
        />
      </FormSection>

      <FormSection title={t('opportunities.form.deal')}>
        <Select
          label={fieldLabel('stageName')}
          required
          allowDeselect={false}
          data={(stages.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          error={stages.isError ? t('opportunities.form.stagesLoadError') : undefined}
          {...form.getInputProps('stageId')}
        />
        <MoneyInput label={fieldLabel('expectedRevenue')} {...form.getInputProps('expectedRevenue')} />
        <MoneyInput
          label={fieldLabel('plannedCost')}
          description={t('opportunities.form.plannedCostHint')}
          {...form.getInputProps('plannedCost')}
        />
        <NumberInput
          label={fieldLabel('probability')}
          description={t('opportunities.form.probabilityHint')}
          placeholder={
            stage ? t('opportunities.form.probabilityDefault', { value: stage.probability }) : undefined
          }
          min={0}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          rightSection="%"
          {...form.getInputProps('probability')}
        />
        <DateField label={fieldLabel('expectedCloseDate')} {...form.getInputProps('expectedCloseDate')} />
      </FormSection>

      <FormSection title={t('opportunities.form.responsibility')}>
        <OwnerSelect
          label={fieldLabel('ownerName')}
          ownerId={form.values.ownerId}
          inputProps={form.getInputProps('ownerId')}
          record={opportunity}
          ownerIsYou={t('opportunities.form.ownerIsYou')}
        />
        <Select
          label={fieldLabel('teamName')}
          clearable
          data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
          {...form.getInputProps('teamId')}
        />
        <Select
          label={fieldLabel('source')}
          clearable
          data={options('source')}
          {...form.getInputProps('source')}
        />
        <CampaignSelect
          label={fieldLabel('campaignName')}
          campaignId={form.values.campaignId}
          campaignName={opportunity?.campaignName ?? null}
          inputProps={form.getInputProps('campaignId')}
        />
      </FormSection>
    </RecordForm>
  );
}
