import { languageSchema } from '@kontor/domain/users';
import { Box, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';

interface PublicLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** The frame of the pages before sign-in: setup, login, invitation. */
export function PublicLayout({ title, intro, children }: PublicLayoutProps) {
  const { t, i18n } = useTranslation();
  return (
    <Center mih="100vh" p="md" className="kontor-public-bg">
      <Box w="100%" maw={440}>
        <Group justify="space-between" mb="lg">
          <Logo />
          <LanguageSwitch value={languageSchema.catch('de').parse(i18n.language)} onChange={applyLanguage} />
        </Group>
        <Card component="main" id="main" withBorder shadow="sm" radius="md" padding="xl">
          <Stack gap="xs" mb="lg">
            <Title order={1} size="h2">
              {title}
            </Title>
            {intro && (
              <Text c="dimmed" size="sm">
                {intro}
              </Text>
            )}
          </Stack>
          {children}
        </Card>
        <Text ta="center" size="xs" c="dimmed" mt="md">
          {t('app.tagline')}
        </Text>
      </Box>
    </Center>
  );
}
