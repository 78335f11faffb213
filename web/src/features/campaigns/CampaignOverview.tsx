import { CAMPAIGN, type Campaign } from '@kontor/domain/campaigns';
import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { dash, useFact } from '../../ui/useFact';
import { budgetUsage, periodDays } from './campaignFigures';

/** The overview tab of a campaign: basics, period, budget against actual cost, description, dates. */
export function CampaignOverview({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const fact = useFact(CAMPAIGN, campaign);
  const days = periodDays(campaign.startsOn, campaign.endsOn);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <InfoCard title={t('campaigns.sections.basics')}>
        <FactList
          facts={[
            fact('channel'),
            fact('ownerName'),
            fact('active', campaign.active ? t('campaigns.yes') : t('campaigns.no')),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('campaigns.sections.period')}>
        <FactList
          facts={[
            fact('startsOn', campaign.startsOn ? undefined : t('campaigns.open')),
            fact('endsOn', campaign.endsOn ? undefined : t('campaigns.open')),
            {
              label: t('campaigns.duration'),
              value: days === null ? dash : t('campaigns.days', { count: days }),
            },
          ]}
        />
      </InfoCard>
      <InfoCard title={t('campaigns.sections.costs')}>
        <BudgetFigures campaign={campaign} />
      </InfoCard>
      <InfoCard title={t('campaigns.sections.description')}>
        {campaign.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {campaign.description}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('campaigns.noDescription')}
          </Text>
        )}
      </InfoCard>
      <InfoCard title={t('campaigns.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}

/** Budget and actual cost side by side, with how much of the budget is used and what is left. */
function BudgetFigures({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fact = useFact(CAMPAIGN, campaign);
  const money = (cents: number | null) => (cents === null ? dash : format.money(cents, campaign.currency));
  const usage = budgetUsage(campaign.budgetCents, campaign.actualCostCents);

  return (
    <Stack gap="md">
      <FactList
        facts={[
          fact('budget', money(campaign.budgetCents)),
          fact('actualCost', money(campaign.actualCostCents)),
        ]}
      />
      {usage ? (
        <Stack gap={6}>
          <Progress
            value={Math.min(usage.percent, 100)}
            color={usage.over ? 'red' : 'teal'}
            size="lg"
            aria-label={t('campaigns.budgetUsedLabel', { percent: usage.percent })}
          />
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={500}>
              {t('campaigns.budgetUsed', { percent: format.number(usage.percent) })}
            </Text>
            <Text
              size="sm"
              c={usage.over ? 'var(--mantine-color-red-text)' : 'dimmed'}
              fw={usage.over ? 600 : undefined}
            >
              {usage.over
                ? t('campaigns.overBudget', {
                    amount: format.money(-usage.remainingCents, campaign.currency),
                  })
                : t('campaigns.remaining', { amount: format.money(usage.remainingCents, campaign.currency) })}
            </Text>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('campaigns.noBudget')}
        </Text>
      )}
    </Stack>
  );
}
