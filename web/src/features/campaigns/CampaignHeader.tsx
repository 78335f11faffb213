import { CAMPAIGN, type Campaign } from '@kontor/domain/campaigns';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFormat } from '../../ui/fieldFormat';
import { localToday, periodState } from './campaignFigures';
import { usePeriodText } from './usePeriodText';

const STATE_COLORS = { planned: 'blue', running: 'teal', ended: 'gray' } as const;

/** The name, channel, state and key facts atop a campaign's page, with the page's actions. */
export function CampaignHeader({ campaign, children }: { campaign: Campaign; children: ReactNode }) {
  const { t } = useTranslation();
  const fieldFormat = useFieldFormat();
  const periodText = usePeriodText();
  const state = periodState(campaign.startsOn, campaign.endsOn, localToday());
  const facts = [
    periodText(campaign.startsOn, campaign.endsOn),
    campaign.ownerName && t('campaigns.ownedBy', { name: campaign.ownerName }),
  ].filter(Boolean);

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {campaign.name}
        </Title>
        <Group gap={6}>
          <Badge variant="light">
            {fieldFormat.optionLabel(fieldOf(CAMPAIGN, 'channel') as FieldDef, campaign.channel)}
          </Badge>
          {state && (
            <Badge variant="light" color={STATE_COLORS[state]}>
              {t(`campaigns.state.${state}`)}
            </Badge>
          )}
          {!campaign.active && (
            <Badge variant="outline" color="gray">
              {t('campaigns.inactive')}
            </Badge>
          )}
        </Group>
        {facts.length > 0 && (
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
        )}
      </Stack>
      {children}
    </Group>
  );
}
