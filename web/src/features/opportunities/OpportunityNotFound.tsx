import { Button, Card, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconTargetOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An opportunity that does not exist (any more) or is hidden from the user. */
export function OpportunityNotFound() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconTargetOff aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('opportunities.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('opportunities.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/opportunities" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('opportunities.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
