import { Button, Card, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Missing and hidden contacts look the same, as the API answers both with 404. */
export function ContactNotFound() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconUserOff aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('contacts.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('contacts.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/contacts" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('contacts.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
