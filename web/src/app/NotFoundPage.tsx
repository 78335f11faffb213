import { Button, Card, EmptyState } from '@mantine/core';
import { IconHome, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconMapQuestion aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('notFound.title')}</EmptyState.Title>
        <EmptyState.Description>{t('notFound.text')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/" leftSection={<IconHome size={18} aria-hidden />}>
            {t('notFound.home')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
