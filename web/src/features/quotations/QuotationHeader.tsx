import type { QuotationDetail } from '@kontor/domain/quotations';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { usePermission } from '../../ui/session';
import { RecordLinks, recordHref } from './RecordLinks';
import { QuotationStatusBadge } from './StatusBadge';

/** Number with version, status, customer and key figures atop a quotation's page, with its actions. */
export function QuotationHeader({
  quotation,
  children,
}: {
  quotation: QuotationDetail;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const canOrganizations = usePermission('organizations.read');
  const canContacts = usePermission('contacts.read');
  const canLeads = usePermission('leads.read');
  const canOpportunities = usePermission('opportunities.read');
  const gross = format.money(quotation.grossCents, quotation.currency);

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2" data-testid="quotation-number">
          {t('quotations.heading', { label: quotation.label })}
        </Title>
        <Group gap={6}>
          <QuotationStatusBadge status={quotation.status} />
          <Badge variant="outline" color="gray" tt="none">
            {t('quotations.revision', { revision: quotation.revision })}
          </Badge>
        </Group>
        <RecordLinks
          links={[
            {
              label: t('salesDocuments.organization'),
              name: quotation.organizationName,
              to: canOrganizations ? recordHref('/organizations', quotation.organizationId) : null,
            },
            {
              label: t('salesDocuments.lead'),
              name: quotation.leadName,
              to: canLeads ? recordHref('/leads', quotation.leadId) : null,
            },
            {
              label: t('salesDocuments.opportunity'),
              name: quotation.opportunityName,
              to: canOpportunities ? recordHref('/opportunities', quotation.opportunityId) : null,
            },
            {
              label: t('salesDocuments.contact'),
              name: quotation.contactName,
              to: canContacts ? recordHref('/contacts', quotation.contactId) : null,
            },
          ]}
        />
        <Text size="sm" c="dimmed">
          {[
            quotation.validUntil &&
              t('quotations.validUntilFact', { date: format.date(quotation.validUntil) }),
            t('quotations.grossFact', { amount: gross }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {children}
    </Group>
  );
}
