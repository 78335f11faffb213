import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { LostReasonsCard } from './LostReasonsCard';
import { StagesCard } from './StagesCard';

/** Settings of the sales pipeline: its stages (the board's columns) and the lost reasons. */
export function PipelineSettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pipelineSettings.title')} description={t('pipelineSettings.description')} />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <StagesCard />
        <LostReasonsCard />
      </SimpleGrid>
    </>
  );
}
