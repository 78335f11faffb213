import { hasPermission, type Permission } from '@kontor/domain/permissions';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAddressBook,
  IconBuilding,
  IconCalendarEvent,
  IconChartFunnel,
  IconFileInvoice,
  IconKey,
  IconTarget,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { useCurrentSession, usePermission } from '../../ui/session';

interface Module {
  key: string;
  icon: ReactNode;
  /** Built modules link to their list; the others are announced. */
  to?: string;
  permission?: Permission;
}

const MODULES: Module[] = [
  {
    key: 'organizations',
    icon: <IconBuilding size={20} aria-hidden />,
    to: '/organizations',
    permission: 'organizations.read',
  },
  {
    key: 'contacts',
    icon: <IconAddressBook size={20} aria-hidden />,
    to: '/contacts',
    permission: 'contacts.read',
  },
  {
    key: 'activities',
    icon: <IconCalendarEvent size={20} aria-hidden />,
    to: '/activities',
    permission: 'activities.read',
  },
  { key: 'leads', icon: <IconTarget size={20} aria-hidden />, to: '/leads', permission: 'leads.read' },
  {
    key: 'opportunities',
    icon: <IconChartFunnel size={20} aria-hidden />,
    to: '/opportunities',
    permission: 'opportunities.read',
  },
  {
    key: 'quotations',
    icon: <IconFileInvoice size={20} aria-hidden />,
    to: '/quotations',
    permission: 'quotations.read',
  },
];

export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useCurrentSession();
  const canManageUsers = usePermission('users.manage');
  const canManageTeams = usePermission('teams.manage');
  const { permissions } = useCurrentSession();
  const modules = MODULES.filter(
    (module) => !module.permission || hasPermission(permissions, module.permission),
  );

  return (
    <Stack gap="xl" maw={1100}>
      <Card withBorder radius="md" padding="xl" className="kontor-welcome">
        <Text size="sm" fw={500} c="dimmed">
          {format.longDate(new Date())}
        </Text>
        <Title order={1} mt={4}>
          {t('home.greeting', { name: user.name })}
        </Title>
        <Text mt="sm" maw={680}>
          {t('home.intro')}
        </Text>
      </Card>

      <section aria-labelledby="home-modules">
        <Group gap="xs" mb="xs">
          <Title order={2} size="h3" id="home-modules">
            {t('home.modulesTitle')}
          </Title>
        </Group>
        <Text c="dimmed" size="sm" mb="md">
          {t('home.modulesText')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          {modules.map((module) => (
            <ModuleCard key={module.key} module={module} />
          ))}
        </SimpleGrid>
      </section>

      {(canManageUsers || canManageTeams) && (
        <section aria-labelledby="home-admin">
          <Title order={2} size="h3" id="home-admin" mb="xs">
            {t('home.adminTitle')}
          </Title>
          <Text c="dimmed" size="sm" mb="md">
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

function ModuleCard({ module }: { module: Module }) {
  const { t } = useTranslation();
  const content = (
    <>
      <Group gap="sm" wrap="nowrap" mb="xs">
        <ThemeIcon variant="light" size="lg" radius="md">
          {module.icon}
        </ThemeIcon>
        <Text fw={600} style={{ flex: 1 }}>
          {t(`home.modules.${module.key}.title`)}
        </Text>
        <Badge variant={module.to ? 'outline' : 'light'} color="gray" style={{ flexShrink: 0 }}>
          {t(module.to ? 'home.available' : 'home.soon')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t(`home.modules.${module.key}.text`)}
      </Text>
    </>
  );
  return module.to ? (
    <Card component={Link} to={module.to} withBorder radius="md" padding="md">
      {content}
    </Card>
  ) : (
    <Card withBorder radius="md" padding="md">
      {content}
    </Card>
  );
}
