import { CAMPAIGN, type Campaign } from '@kontor/domain/campaigns';
import { Button } from '@mantine/core';
import { IconPlus, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { CAMPAIGNS_API, campaignsKey, fetchCampaignsPage } from './api';

/** Marketing campaigns (M8): trade fairs, ads, mailings, with their period, budget and actual cost. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = usePermission('campaigns.write');
  const canDelete = usePermission('campaigns.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/campaigns/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('campaigns.new')}
    </Button>
  );
  const money = (cents: number | null, currency: string) =>
    cents === null ? '–' : format.money(cents, currency);

  return (
    <>
      <PageHeader title={t('campaigns.title')} description={t('campaigns.description')} actions={newButton} />
      <RecordList<Campaign>
        record={CAMPAIGN}
        queryKey={campaignsKey}
        fetchPage={fetchCampaignsPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.name}
        apiPath={CAMPAIGNS_API}
        // Campaigns have no tags and one owner each: deleting is their only bulk action.
        bulk={{ write: canWrite, delete: canDelete, actions: ['delete'] }}
        rowHref={(row) => `/campaigns/${encodeURIComponent(row.id)}`}
        cells={{
          budget: (row) => money(row.budgetCents, row.currency),
          actualCost: (row) => money(row.actualCostCents, row.currency),
        }}
        empty={{
          icon: <IconSpeakerphone aria-hidden />,
          title: t('campaigns.emptyTitle'),
          description: t('campaigns.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/campaigns/new') : undefined}
      />
    </>
  );
}
