import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useLabel } from '../../ui/fieldFormat';
import { PageHeader } from '../../ui/PageHeader';
import { ListStates } from '../../ui/states';
import { useReports } from './api';

/** "Berichte": the reports the user's role may open, each a card leading to the report. */
export function ReportsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const reports = useReports();
  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.description')} />
      <ListStates
        query={reports}
        skeletonRows={3}
        empty={
          <EmptyPanel
            icon={<IconChartBar aria-hidden />}
            title={t('reports.emptyTitle')}
            description={t('reports.emptyText')}
          />
        }
      >
        {(defs) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {defs.map((def) => (
              <Card
                key={def.name}
                withBorder
                padding="lg"
                component="article"
                aria-labelledby={`report-${def.name}`}
              >
                <Stack gap="xs">
                  <Title order={2} size="h4" id={`report-${def.name}`}>
                    <Anchor component={Link} to={`/reports/${def.name}`} inherit>
                      {label(def.title)}
                    </Anchor>
                  </Title>
                  <Text size="sm" c="dimmed">
                    {label(def.description)}
                  </Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </ListStates>
    </>
  );
}
