import { Button, Card, EmptyState } from '@mantine/core';
import { IconBug, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown instead of a blank page or a stack trace when a page fails to render. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Card component="main" id="main" withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light" color="red">
        <EmptyState.Indicator>
          <IconBug aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('errors.pageFailed')}</EmptyState.Title>
        <EmptyState.Description>{t('errors.pageFailedDetail')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={() => window.location.reload()}
          >
            {t('common.reload')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
