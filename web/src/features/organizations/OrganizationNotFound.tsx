import { Button, Card, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconBuildingOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Missing and hidden organisations look the same, as the API answers both with 404. */
export function OrganizationNotFound() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconBuildingOff aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('organizations.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('organizations.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/organizations" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('organizations.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
