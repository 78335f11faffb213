import { ActionIcon, AppShell, Burger, em, Group, Tooltip } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { SearchButton } from '../features/search/SearchButton';
import { Spotlight } from '../features/search/Spotlight';
import { Logo } from '../ui/Logo';
import { Navigation } from './Navigation';
import { ShortcutHelp } from './ShortcutHelp';
import { UserMenu } from './UserMenu';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** The signed-in frame: top bar, collapsible navigation, main content. */
export function Shell() {
  const { t } = useTranslation();
  const [mobileOpened, { toggle: toggleMobile, close: closeMobile }] = useDisclosure(false);
  const [desktopOpened, { toggle: toggleDesktop }] = useDisclosure(true);
  const [helpOpened, { open: openHelp, close: closeHelp }] = useDisclosure(false);
  const [searchOpened, { open: openSearch, close: closeSearch }] = useDisclosure(false);
  useKeyboardShortcuts({ onHelp: openHelp, onSearch: openSearch });
  const isDesktop = useMediaQuery(`(min-width: ${em(768)})`);
  // A collapsed navigation is only moved off screen; inert keeps Tab and screen readers out of it.
  const navCollapsed = isDesktop ? !desktopOpened : !mobileOpened;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !mobileOpened, desktop: !desktopOpened } }}
      padding="lg"
    >
      <a href="#main" className="kontor-skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Tooltip label={t('nav.toggle')}>
              <Burger
                opened={mobileOpened}
                onClick={toggleMobile}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
                aria-expanded={mobileOpened}
              />
            </Tooltip>
            <Tooltip label={t('nav.toggle')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={toggleDesktop}
                visibleFrom="sm"
                aria-label={t('nav.toggle')}
                aria-expanded={desktopOpened}
              >
                {desktopOpened ? (
                  <IconLayoutSidebarLeftCollapse size={20} aria-hidden />
                ) : (
                  <IconLayoutSidebarLeftExpand size={20} aria-hidden />
                )}
              </ActionIcon>
            </Tooltip>
            <Logo />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchButton onClick={openSearch} />
            <NotificationBell />
            <UserMenu onShowShortcuts={openHelp} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} inert={navCollapsed}>
        <Navigation onNavigate={closeMobile} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <ShortcutHelp opened={helpOpened} onClose={closeHelp} />
      <Spotlight opened={searchOpened} onClose={closeSearch} />
      {/* New pages start at the top; back to a list returns to where the user was. */}
      <ScrollRestoration />
    </AppShell>
  );
}
