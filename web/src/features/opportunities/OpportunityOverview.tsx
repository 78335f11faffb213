import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { Anchor, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { dash, useFact } from '../../ui/useFact';
import type { OpportunityView } from './api';

/** The overview tab: customer and people, the deal's figures, competitors and why it was lost. */
export function OpportunityOverview({ opportunity }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fact = useFact(OPPORTUNITY, opportunity);
  const link = (to: string, name: string | null) =>
    name ? (
      <Anchor component={Link} to={to} size="sm">
        {name}
      </Anchor>
    ) : (
      dash
    );
  const id = (value: string | null) => encodeURIComponent(value ?? '');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <InfoCard title={t('opportunities.form.customer')}>
        <FactList
          facts={[
            fact(
              'organizationName',
              link(`/organizations/${id(opportunity.organizationId)}`, opportunity.organizationName),
            ),
            fact('leadName', link(`/leads/${id(opportunity.leadId)}`, opportunity.leadName)),
            fact('contactName', link(`/contacts/${id(opportunity.contactId)}`, opportunity.contactName)),
            fact(
              'competitors',
              opportunity.competitors.length > 0
                ? opportunity.competitors.map((c) => c.name).join(', ')
                : dash,
            ),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('opportunities.form.deal')}>
        <FactList
          facts={[
            fact('stageName'),
            fact('expectedRevenue', format.money(opportunity.expectedRevenueCents, opportunity.currency)),
            fact(
              'probability',
              opportunity.probabilityOverridden
                ? `${opportunity.probability} %`
                : t('opportunities.overview.stageProbability', { value: opportunity.probability }),
            ),
            fact('weightedRevenue', format.money(opportunity.weightedRevenueCents, opportunity.currency)),
            fact(
              'plannedCost',
              opportunity.plannedCostCents === null
                ? dash
                : format.money(opportunity.plannedCostCents, opportunity.currency),
            ),
            fact('expectedCloseDate'),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('opportunities.form.responsibility')}>
        <FactList facts={[fact('ownerName'), fact('teamName'), fact('source'), fact('campaignName')]} />
      </InfoCard>
      {opportunity.status === 'lost' && (
        <InfoCard title={t('opportunities.overview.lost')}>
          <FactList
            facts={[
              {
                label: t('opportunities.lost.reasons'),
                value: opportunity.lostReasons.map((r) => r.name).join(', ') || dash,
              },
              { label: t('opportunities.lost.note'), value: opportunity.lostNote ?? dash },
            ]}
          />
        </InfoCard>
      )}
    </SimpleGrid>
  );
}
