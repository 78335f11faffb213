import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import type { OpportunityView } from './api';
import { OpportunityStatusBadge } from './OpportunityStatusBadge';

/** Name, status, customer and the deal's figures atop its page, with the page's actions. */
export function OpportunityHeader({
  opportunity,
  children,
}: {
  opportunity: OpportunityView;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const customer = opportunity.organizationId ? (
    <Anchor
      component={Link}
      to={`/organizations/${encodeURIComponent(opportunity.organizationId)}`}
      size="sm"
    >
      {opportunity.organizationName}
    </Anchor>
  ) : opportunity.leadId ? (
    <Anchor component={Link} to={`/leads/${encodeURIComponent(opportunity.leadId)}`} size="sm">
      {opportunity.leadName}
    </Anchor>
  ) : null;
  const facts = [
    opportunity.stageName,
    t('opportunities.header.revenue', {
      revenue: format.money(opportunity.expectedRevenueCents, opportunity.currency),
      probability: opportunity.probability,
    }),
    opportunity.expectedCloseDate &&
      t('opportunities.header.closeDate', { date: format.date(opportunity.expectedCloseDate) }),
    opportunity.ownerName && t('opportunities.header.owner', { name: opportunity.ownerName }),
  ].filter(Boolean);

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {opportunity.name}
        </Title>
        <Group gap={6}>
          <OpportunityStatusBadge status={opportunity.status} />
          {customer}
        </Group>
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
      </Stack>
      {children}
    </Group>
  );
}
