import { CAMPAIGN, type Campaign } from '@kontor/domain/campaigns';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFormat } from '../../ui/fieldFormat';
import { RecordHeader } from '../../ui/RecordHeader';
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
  ];

  return (
    <RecordHeader
      title={campaign.name}
      facts={facts}
      badges={
        <>
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
        </>
      }
    >
      {children}
    </RecordHeader>
  );
}
