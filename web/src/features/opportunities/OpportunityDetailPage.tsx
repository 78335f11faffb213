import { Button, Group, Stack } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { BackLink } from '../../ui/BackLink';
import { DeleteConfirm } from '../../ui/DeleteConfirm';
import { DetailActions } from '../../ui/DetailActions';
import { DetailSkeleton } from '../../ui/DetailParts';
import { DetailTabs } from '../../ui/DetailTabs';
import { usePageKey } from '../../ui/keyboard';
import { usePermission } from '../../ui/session';
import { ErrorState } from '../../ui/states';
import type { FormLink } from '../activities/activityForm';
import { WithActivities } from '../activities/RecordActivities';
import { type OpportunityView, useDeleteOpportunity, useOpportunity } from './api';
import { OpportunityHeader } from './OpportunityHeader';
import { OpportunityHistory } from './OpportunityHistory';
import { OpportunityNotFound } from './OpportunityNotFound';
import { OpportunityOverview } from './OpportunityOverview';
import { OpportunityStatusMenu } from './OpportunityStatusMenu';

export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  if (opportunity.isPending) return <DetailSkeleton />;
  if (opportunity.isError) {
    if (opportunity.error instanceof ApiError && opportunity.error.status === 404)
      return <OpportunityNotFound />;
    return <ErrorState error={opportunity.error} onRetry={() => opportunity.refetch()} />;
  }
  return <OpportunityDetail key={id} opportunity={opportunity.data} />;
}

function OpportunityDetail({ opportunity }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('opportunities.write');
  const canDelete = usePermission('opportunities.delete');
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteOpportunity(opportunity.id);
  const editPath = `/opportunities/${encodeURIComponent(opportunity.id)}/edit`;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  const timelineRecord: FormLink = {
    recordType: 'opportunity',
    recordId: opportunity.id,
    name: opportunity.name,
  };
  const canQuote = usePermission('quotations.write');

  return (
    <Stack gap="lg">
      <BackLink to="/opportunities" label={t('opportunities.backToList')} />
      <OpportunityHeader opportunity={opportunity}>
        <Group gap="xs">
          {canQuote && (
            <Button
              component={Link}
              to={`/quotations/new?opportunityId=${encodeURIComponent(opportunity.id)}`}
              variant="light"
              leftSection={<IconFileInvoice size={16} aria-hidden />}
            >
              {t('opportunities.createQuotation')}
            </Button>
          )}
          {canWrite && <OpportunityStatusMenu opportunity={opportunity} />}
          <DetailActions
            canWrite={canWrite}
            canDelete={canDelete}
            editPath={editPath}
            noWriteReason={t('opportunities.noWritePermission')}
            noDeleteReason={t('opportunities.noDeletePermission')}
            onDelete={() => setDeleting(true)}
          />
        </Group>
      </OpportunityHeader>

      <WithActivities record={timelineRecord}>
        <DetailTabs
          allowed={['history']}
          overview={<OpportunityOverview opportunity={opportunity} />}
          history={<OpportunityHistory opportunity={opportunity} />}
        />
      </WithActivities>

      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('opportunities.deleteTitle')}
        message={t('opportunities.deleteText', { name: opportunity.name })}
        deletedMessage={t('opportunities.deleted', { name: opportunity.name })}
        listPath="/opportunities"
      />
    </Stack>
  );
}
