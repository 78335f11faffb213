import { LEAD, type Lead } from '@kontor/domain/leads';
import { Button } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { fetchLeadsPage, LEADS_API, leadsKey } from './api';
import { LeadStatusBadge } from './LeadStatusBadge';

/** Leads (S1): first contacts for a possible sale, until they are converted. */
export function LeadsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('leads.write');
  const canDelete = usePermission('leads.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/leads/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('leads.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('leads.title')} description={t('leads.description')} actions={newButton} />
      <RecordList<Lead>
        record={LEAD}
        queryKey={leadsKey}
        fetchPage={fetchLeadsPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.name}
        apiPath={LEADS_API}
        // Leads have no tags: deleting is their only bulk action.
        bulk={{ write: canWrite, delete: canDelete, actions: ['delete'] }}
        rowHref={(row) => `/leads/${encodeURIComponent(row.id)}`}
        cells={{ status: (row) => <LeadStatusBadge status={row.status} /> }}
        empty={{
          icon: <IconTargetArrow aria-hidden />,
          title: t('leads.emptyTitle'),
          description: t('leads.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/leads/new') : undefined}
      />
    </>
  );
}
