import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { PasswordForm } from './PasswordForm';
import { PersonalForm } from './PersonalForm';
import { PreferencesForm } from './PreferencesForm';

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={960}>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('profile.personal')} text={t('profile.personalText')}>
          <PersonalForm />
        </Section>
        <Section title={t('profile.preferences')} text={t('profile.preferencesText')}>
          <PreferencesForm />
        </Section>
        <Section title={t('profile.password')} text={t('profile.passwordText')}>
          <PasswordForm />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function Section({ title, text, children }: { title: string; text: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {text}
      </Text>
      {children}
    </Card>
  );
}
