import type { SalesOrderDetail } from '@kontor/domain/sales-orders';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { usePermission } from '../../ui/session';
import { RecordLinks, recordHref } from '../quotations/RecordLinks';
import { OrderStatusBadge } from '../quotations/StatusBadge';

/** Number, status, customer, quotation and key figures atop an order's page, with its actions. */
export function SalesOrderHeader({ order, children }: { order: SalesOrderDetail; children: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canOrganizations = usePermission('organizations.read');
  const canContacts = usePermission('contacts.read');
  const canOpportunities = usePermission('opportunities.read');
  const canQuotations = usePermission('quotations.read');

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2" data-testid="order-number">
          {t('salesOrders.heading', { number: order.number })}
        </Title>
        <Group gap={6}>
          <OrderStatusBadge status={order.status} />
          {order.acceptedVia === 'customer-link' && (
            <Badge variant="outline" color="teal" tt="none">
              {t('salesOrders.acceptedOnline')}
            </Badge>
          )}
        </Group>
        <RecordLinks
          links={[
            {
              label: t('salesDocuments.organization'),
              name: order.organizationName,
              to: canOrganizations ? recordHref('/organizations', order.organizationId) : null,
            },
            {
              label: t('salesDocuments.quotation'),
              name: order.quotationNumber,
              to: canQuotations ? recordHref('/quotations', order.quotationId) : null,
            },
            {
              label: t('salesDocuments.opportunity'),
              name: order.opportunityName,
              to: canOpportunities ? recordHref('/opportunities', order.opportunityId) : null,
            },
            {
              label: t('salesDocuments.contact'),
              name: order.contactName,
              to: canContacts ? recordHref('/contacts', order.contactId) : null,
            },
          ]}
        />
        <Text size="sm" c="dimmed">
          {[
            order.orderDate && t('salesOrders.orderDateFact', { date: format.date(order.orderDate) }),
            order.deliveryDate &&
              t('salesOrders.deliveryDateFact', { date: format.date(order.deliveryDate) }),
            t('quotations.grossFact', { amount: format.money(order.grossCents, order.currency) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {children}
    </Group>
  );
}
