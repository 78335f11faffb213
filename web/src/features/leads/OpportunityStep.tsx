import type { PipelineStage } from '@kontor/domain/opportunities';
import { Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { MoneyInput } from '../organizations/MoneyInput';
import type { OpportunityDraft } from './conversionPayload';

/** The wizard's optional opportunity: name, expected revenue and close, stage. */
export function OpportunityStep({
  draft,
  stages,
  errors,
  onChange,
}: {
  draft: OpportunityDraft;
  stages: PipelineStage[];
  errors: Record<string, string>;
  onChange: (draft: OpportunityDraft) => void;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<OpportunityDraft>) => onChange({ ...draft, ...change });
  return (
    <Stack gap="sm">
      <Text size="sm">{t('leads.convert.opportunityIntro')}</Text>
      <Switch
        label={t('leads.convert.withOpportunity')}
        checked={draft.enabled}
        onChange={(event) => set({ enabled: event.currentTarget.checked })}
      />
      {draft.enabled && (
        <>
          <TextInput
            label={t('leads.convert.opportunityName')}
            required
            maxLength={200}
            value={draft.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={errors.name && t(errors.name)}
          />
          <MoneyInput
            label={t('leads.convert.revenue')}
            required
            value={draft.revenue}
            onChange={(revenue) => set({ revenue })}
            error={errors.revenue && t(errors.revenue)}
          />
          <DateField
            label={t('leads.convert.closeDate')}
            value={draft.closeDate}
            onChange={(event) => set({ closeDate: event.currentTarget.value })}
            error={errors.closeDate && t(errors.closeDate)}
          />
          <Select
            label={t('leads.convert.stage')}
            required
            data={stages.map((stage) => ({
              value: stage.id,
              label: `${stage.name} (${stage.probability} %)`,
            }))}
            value={draft.stageId}
            onChange={(stageId) => set({ stageId })}
            allowDeselect={false}
            error={errors.stageId && t(errors.stageId)}
          />
        </>
      )}
    </Stack>
  );
}
