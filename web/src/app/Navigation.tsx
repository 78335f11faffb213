import { hasPermission, type Permission } from '@kontor/domain/permissions';
import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconAdjustmentsHorizontal,
  IconBuilding,
  IconBuildingStore,
  IconCalendarDue,
  IconChartBar,
  IconFileInvoice,
  IconFiles,
  IconHome,
  IconKey,
  IconLayoutKanban,
  IconListDetails,
  IconNotes,
  IconPackage,
  IconShoppingCart,
  IconSpeakerphone,
  IconTarget,
  IconTargetArrow,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCurrentSession } from '../ui/session';

interface NavItem {
  to: string;
  labelKey: string;
  icon: ReactNode;
  /** Shown only to users with this permission; none means everyone. */
  permission?: Permission;
  /** Shown only to users with at least one of these (Berichte: any report's records). */
  anyPermission?: Permission[];
}

/** The record areas, in the order of UX.md "Navigation"; more join as they are built. */
const MAIN: NavItem[] = [
  {
    to: '/activities',
    labelKey: 'activityOverview.nav',
    icon: <IconListDetails size={18} />,
    permission: 'activities.read',
  },
  {
    to: '/follow-ups',
    labelKey: 'followUps.nav',
    icon: <IconCalendarDue size={18} />,
    permission: 'activities.read',
  },
  // Sales (UX.md "Navigation"): Leads, then Chancen, Angebote, Aufträge.
  { to: '/leads', labelKey: 'leads.nav', icon: <IconTargetArrow size={18} />, permission: 'leads.read' },
  {
    to: '/opportunities',
    labelKey: 'opportunities.nav',
    icon: <IconTarget size={18} />,
    permission: 'opportunities.read',
  },
  {
    to: '/opportunities/board',
    labelKey: 'opportunities.boardNav',
    icon: <IconLayoutKanban size={18} />,
    permission: 'opportunities.read',
  },
  {
    to: '/quotations',
    labelKey: 'quotations.nav',
    icon: <IconFileInvoice size={18} />,
    permission: 'quotations.read',
  },
  {
    to: '/orders',
    labelKey: 'salesOrders.nav',
    icon: <IconShoppingCart size={18} />,
    permission: 'orders.read',
  },
  {
    to: '/organizations',
    labelKey: 'nav.organizations',
    icon: <IconBuilding size={18} />,
    permission: 'organizations.read',
  },
  {
    to: '/contacts',
    labelKey: 'nav.contacts',
    icon: <IconAddressBook size={18} />,
    permission: 'contacts.read',
  },
  {
    to: '/products',
    labelKey: 'products.nav',
    icon: <IconPackage size={18} />,
    permission: 'products.read',
  },
  {
    to: '/campaigns',
    labelKey: 'campaigns.nav',
    icon: <IconSpeakerphone size={18} />,
    permission: 'campaigns.read',
  },
  // Everyone: the list holds only documents on records the user may see.
  { to: '/documents', labelKey: 'documents.nav', icon: <IconFiles size={18} /> },
  // Each report reads one of these record types; the page lists only the reports the server allows.
  {
    to: '/reports',
    labelKey: 'reports.nav',
    icon: <IconChartBar size={18} />,
    anyPermission: ['leads.read', 'opportunities.read', 'quotations.read', 'orders.read', 'campaigns.read'],
  },
];

const SETTINGS: NavItem[] = [
  { to: '/settings/users', labelKey: 'nav.users', icon: <IconUsers size={18} />, permission: 'users.read' },
  {
    to: '/settings/teams',
    labelKey: 'nav.teams',
    icon: <IconUsersGroup size={18} />,
    permission: 'teams.manage',
  },
  {
    to: '/settings/company',
    labelKey: 'companyProfile.nav',
    icon: <IconBuildingStore size={18} />,
    permission: 'settings.manage',
  },
  {
    to: '/settings/pipeline',
    labelKey: 'pipelineSettings.nav',
    icon: <IconAdjustmentsHorizontal size={18} />,
    permission: 'settings.manage',
  },
  {
    to: '/settings/note-types',
    labelKey: 'noteTypes.nav',
    icon: <IconNotes size={18} />,
    permission: 'settings.manage',
  },
  { to: '/settings/tokens', labelKey: 'nav.tokens', icon: <IconKey size={18} />, permission: 'tokens.own' },
  { to: '/settings/profile', labelKey: 'nav.profile', icon: <IconUserCircle size={18} /> },
];

export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { permissions } = useCurrentSession();
  const allowed = (item: NavItem) =>
    (!item.permission || hasPermission(permissions, item.permission)) &&
    (!item.anyPermission || item.anyPermission.some((permission) => hasPermission(permissions, permission)));
  const main = MAIN.filter(allowed);
  const settings = SETTINGS.filter(allowed);
  // A record's detail and form pages belong to its list's entry; of nested entries (Chancen,
  // Pipeline at /opportunities/board) the longest that matches is the current one.
  const matches = (to: string) => pathname === to || (to !== '/' && pathname.startsWith(`${to}/`));
  const current = [...main, ...settings]
    .map((item) => item.to)
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];
  const isActive = (to: string) => to === current;

  const link = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={t(item.labelKey)}
      leftSection={item.icon}
      active={isActive(item.to)}
      aria-current={pathname === item.to ? 'page' : undefined}
      onClick={onNavigate}
    />
  );

  return (
    <Stack gap={2}>
      {link({ to: '/', labelKey: 'nav.start', icon: <IconHome size={18} /> })}
      {main.map(link)}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4} id="nav-settings">
        {t('nav.settings')}
      </Text>
      <Stack gap={2} role="group" aria-labelledby="nav-settings">
        {settings.map(link)}
      </Stack>
    </Stack>
  );
}
