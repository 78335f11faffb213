import type { LeadDetail } from '@kontor/domain/leads';
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { LeadStatusBadge } from './LeadStatusBadge';

/** The name, status and key facts atop a lead's page, with the page's actions. */
export function LeadHeader({ lead, children }: { lead: LeadDetail; children: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = [
    lead.position,
    lead.city,
    lead.ownerName && t('leads.ownedBy', { name: lead.ownerName }),
    lead.nextFollowUpOn && t('leads.followUpOn', { date: format.date(lead.nextFollowUpOn) }),
  ].filter(Boolean);

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {lead.name}
        </Title>
        <Group gap={6}>
          <LeadStatusBadge status={lead.status} />
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
