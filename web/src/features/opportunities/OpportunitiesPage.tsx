import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { Button, Group } from '@mantine/core';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { fetchOpportunitiesPage, OPPORTUNITIES_API, type OpportunityView, opportunitiesKey } from './api';
import { OpportunityStatusBadge } from './OpportunityStatusBadge';
import { ViewToggle } from './ViewToggle';

/** Opportunities (S2) as a list: every deal with its stage, figures and status, filterable, exportable. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = usePermission('opportunities.write');
  const canDelete = usePermission('opportunities.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/opportunities/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('opportunities.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('opportunities.title')}
        description={t('opportunities.description')}
        actions={
          <Group gap="xs">
            <ViewToggle current="list" />
            {newButton}
          </Group>
        }
      />
      <RecordList<OpportunityView>
        record={OPPORTUNITY}
        queryKey={opportunitiesKey}
        fetchPage={fetchOpportunitiesPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.name}
        apiPath={OPPORTUNITIES_API}
        bulk={{ write: canWrite, delete: canDelete, actions: ['delete'] }}
        rowHref={(row) => `/opportunities/${encodeURIComponent(row.id)}`}
        cells={{
          status: (row) => <OpportunityStatusBadge status={row.status} size="sm" />,
          expectedRevenue: (row) => format.money(row.expectedRevenueCents, row.currency),
          weightedRevenue: (row) => format.money(row.weightedRevenueCents, row.currency),
          plannedCost: (row) =>
            row.plannedCostCents === null ? '' : format.money(row.plannedCostCents, row.currency),
          probability: (row) => `${row.probability} %`,
          competitors: (row) => row.competitors.map((c) => c.name).join(', '),
        }}
        empty={{
          icon: <IconTarget aria-hidden />,
          title: t('opportunities.emptyTitle'),
          description: t('opportunities.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/opportunities/new') : undefined}
      />
    </>
  );
}
