import type { ColorScheme, Language } from '@kontor/domain/users';
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import {
  IconCheck,
  IconChevronDown,
  IconDeviceDesktop,
  IconKeyboard,
  IconLanguage,
  IconLogout,
  IconLogout2,
  IconMoon,
  IconSun,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifyError } from '../ui/problems';
import { useUpdateMyProfile } from '../ui/profile';
import { useCurrentSession, useSignOut } from '../ui/session';

const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'de', label: 'Deutsch' },
  { value: 'en', label: 'English' },
];

const COLOR_SCHEMES: { value: ColorScheme; icon: ReactNode }[] = [
  { value: 'light', icon: <IconSun size={16} aria-hidden /> },
  { value: 'dark', icon: <IconMoon size={16} aria-hidden /> },
  { value: 'auto', icon: <IconDeviceDesktop size={16} aria-hidden /> },
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function UserMenu({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const updateProfile = useUpdateMyProfile();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const signOutAndLeave = async (everywhere: boolean) => {
    try {
      await signOut(everywhere);
    } finally {
      navigate('/login', { replace: true });
    }
  };
  const onError = (error: unknown) => notifyError(error, t);
  const checked = (selected: boolean) => (selected ? <IconCheck size={16} aria-hidden /> : null);

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open', { name: user.name })} className="kontor-user-button">
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size="sm" color="blue" variant="filled">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="xs">
              {user.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text size="xs">{user.email}</Text>
        </Menu.Label>
        <Menu.Item
          component={Link}
          to="/settings/profile"
          leftSection={<IconUserCircle size={16} aria-hidden />}
        >
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} aria-hidden />
            {t('fields.language')}
          </Group>
        </Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language.value}
            lang={language.value}
            rightSection={checked(user.language === language.value)}
            aria-current={user.language === language.value ? 'true' : undefined}
            onClick={() => updateProfile.mutate({ language: language.value }, { onError })}
          >
            {language.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Label>{t('fields.colorScheme')}</Menu.Label>
        {COLOR_SCHEMES.map((scheme) => (
          <Menu.Item
            key={scheme.value}
            leftSection={scheme.icon}
            rightSection={checked(user.colorScheme === scheme.value)}
            aria-current={user.colorScheme === scheme.value ? 'true' : undefined}
            onClick={() => updateProfile.mutate({ colorScheme: scheme.value }, { onError })}
          >
            {t(`colorScheme.${scheme.value}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconKeyboard size={16} aria-hidden />} onClick={onShowShortcuts}>
          {t('shortcuts.title')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOutAndLeave(false)}
        >
          {t('userMenu.signOut')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout2 size={16} aria-hidden />}
          onClick={() => void signOutAndLeave(true)}
        >
          {t('userMenu.signOutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
