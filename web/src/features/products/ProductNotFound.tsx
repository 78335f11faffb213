import { Button, Card, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconPackageOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A product that does not exist (any more), e.g. deleted by a colleague or a mistyped link. */
export function ProductNotFound() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconPackageOff aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('products.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('products.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/products" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('products.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
