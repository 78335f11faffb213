import { Button, Card, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A lead that does not exist (any more) or is hidden, e.g. deleted by a colleague or a mistyped link. */
export function LeadNotFound() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconTargetArrow aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('leads.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('leads.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/leads" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('leads.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
