import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconKey, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { useCurrentSession, usePermission } from '../../ui/session';
import { MiniReport } from '../reports/MiniReport';
import { useDashboard } from './api';
import { CustomerActionsCard } from './CustomerActionsCard';
import { FollowUpsCard } from './FollowUpsCard';
import { OpportunitiesCard } from './OpportunitiesCard';
import { useLiveDashboard } from './useLiveDashboard';
import { WonRevenueCard } from './WonRevenueCard';

/**
 * "Start" (issue 6, item 8): where the day stands for a sales person or manager — follow-ups due,
 * own open opportunities, won revenue against last month, what customers just did, and small
 * funnel and pipeline reports — each card only when the user may read what it counts, each
 * figure a link to the records behind it.
 */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useCurrentSession();
  const canReadActivities = usePermission('activities.read');
  const canReadOpportunities = usePermission('opportunities.read');
  const canReadOrders = usePermission('orders.read');
  const canManageUsers = usePermission('users.manage');
  const canManageTeams = usePermission('teams.manage');
  const dashboard = useDashboard();
  useLiveDashboard();
  const figures = dashboard.data;

  return (
    <Stack gap="lg" maw={1280}>
      <Card withBorder radius="md" padding="lg" className="kontor-welcome">
        <Text size="sm" fw={500} c="dimmed">
          {format.longDate(new Date())}
        </Text>
        <Title order={1} mt={4}>
          {t('home.greeting', { name: user.name })}
        </Title>
        <Text mt="xs">{t('dashboard.intro')}</Text>
      </Card>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {canReadActivities && <FollowUpsCard figures={figures?.followUps} query={dashboard} />}
        {canReadOpportunities && <OpportunitiesCard figures={figures?.openOpportunities} query={dashboard} />}
        {canReadOrders && <WonRevenueCard figures={figures?.wonRevenue} query={dashboard} />}
      </SimpleGrid>

      {/* Each small report shows itself only when the user may open it. */}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <MiniReport name="funnel" />
        <MiniReport name="pipeline" />
      </SimpleGrid>

      {canReadActivities && <CustomerActionsCard />}

      {(canManageUsers || canManageTeams) && (
        <section aria-labelledby="home-admin">
          <Title order={2} size="h4" id="home-admin" mb={4}>
            {t('home.adminTitle')}
          </Title>
          <Text c="dimmed" size="sm" mb="sm">
            {t('home.adminText')}
          </Text>
          <Group gap="sm">
            {canManageUsers && (
              <Button
                component={Link}
                to="/settings/users"
                variant="light"
                leftSection={<IconUsers size={18} aria-hidden />}
              >
                {t('home.inviteUsers')}
              </Button>
            )}
            {canManageTeams && (
              <Button
                component={Link}
                to="/settings/teams"
                variant="light"
                leftSection={<IconUsersGroup size={18} aria-hidden />}
              >
                {t('home.setUpTeams')}
              </Button>
            )}
            <Button
              component={Link}
              to="/settings/tokens"
              variant="subtle"
              leftSection={<IconKey size={18} aria-hidden />}
            >
              {t('home.createToken')}
            </Button>
          </Group>
        </section>
      )}
    </Stack>
  );
}
