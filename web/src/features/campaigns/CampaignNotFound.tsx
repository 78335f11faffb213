import { Button, Card, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A campaign that does not exist (any more), e.g. deleted by a colleague or a mistyped link. */
export function CampaignNotFound() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconSpeakerphone aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('campaigns.notFoundTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('campaigns.notFoundText')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/campaigns" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('campaigns.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
