import { LEAD, type Lead } from '@kontor/domain/leads';
import { Anchor, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { useFact } from '../../ui/useFact';

/** The overview tab of a lead: company and person, how to reach them, where they came from, conversion. */
export function LeadOverview({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const fact = useFact(LEAD, lead);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <InfoCard title={t('leads.sections.company')}>
        <FactList
          facts={[
            fact('companyName'),
            fact('salutation'),
            fact('title'),
            fact('firstName'),
            fact('lastName'),
            fact('position'),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('leads.sections.reach')}>
        <FactList
          facts={[
            fact(
              'email',
              lead.email ? <Anchor href={`mailto:${lead.email}`}>{lead.email}</Anchor> : undefined,
            ),
            fact('phone', lead.phone ? <Anchor href={`tel:${lead.phone}`}>{lead.phone}</Anchor> : undefined),
            fact('city'),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('leads.sections.qualification')}>
        <FactList
          facts={[
            fact('source'),
            fact('campaignName'),
            fact('abcClass'),
            fact('ownerName'),
            fact('nextFollowUpOn'),
          ]}
        />
      </InfoCard>
      {lead.convertedAt ? <Conversion lead={lead} /> : null}
      <InfoCard title={t('leads.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}

/** When the lead was converted and what became of it. */
function Conversion({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <InfoCard title={t('leads.sections.conversion')}>
      <Text size="sm" mb="xs">
        {t('leads.converted.at', { date: format.date(lead.convertedAt ?? '') })}
      </Text>
      <Group gap="md">
        {lead.convertedOrganizationId && (
          <Anchor
            component={Link}
            to={`/organizations/${encodeURIComponent(lead.convertedOrganizationId)}`}
            size="sm"
          >
            {t('leads.converted.organization')}
          </Anchor>
        )}
        {lead.convertedContactId && (
          <Anchor component={Link} to={`/contacts/${encodeURIComponent(lead.convertedContactId)}`} size="sm">
            {t('leads.converted.contact')}
          </Anchor>
        )}
      </Group>
    </InfoCard>
  );
}
