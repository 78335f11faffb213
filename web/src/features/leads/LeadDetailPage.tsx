import type { LeadDetail } from '@kontor/domain/leads';
import { Button, Group, Stack } from '@mantine/core';
import { IconArrowsSplit2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ActionWithReason } from '../../ui/ActionWithReason';
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
import { DocumentsSection } from '../documents/DocumentsSection';
import { useDeleteLead, useLead } from './api';
import { ConvertLeadWizard } from './ConvertLeadWizard';
import { LeadHeader } from './LeadHeader';
import { LeadHistory } from './LeadHistory';
import { LeadNotFound } from './LeadNotFound';
import { LeadOverview } from './LeadOverview';
import { LeadStatusMenu } from './LeadStatusMenu';

export function LeadDetailPage() {
  const { id = '' } = useParams();
  const lead = useLead(id);
  if (lead.isPending) return <DetailSkeleton />;
  if (lead.isError) {
    if (lead.error instanceof ApiError && lead.error.status === 404) return <LeadNotFound />;
    return <ErrorState error={lead.error} onRetry={() => lead.refetch()} />;
  }
  return <LeadDetailView key={id} lead={lead.data} />;
}

function LeadDetailView({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('leads.write');
  const canDelete = usePermission('leads.delete');
  const [deleting, setDeleting] = useState(false);
  const [converting, setConverting] = useState(false);
  const remove = useDeleteLead(lead.id);
  const editPath = `/leads/${encodeURIComponent(lead.id)}/edit`;
  const convertReason = !canWrite
    ? t('leads.convert.noPermission')
    : lead.convertedAt
      ? t('leads.convert.alreadyConverted')
      : null;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  const timelineRecord: FormLink = { recordType: 'lead', recordId: lead.id, name: lead.name };

  return (
    <Stack gap="lg">
      <BackLink to="/leads" label={t('leads.backToList')} />
      <LeadHeader lead={lead}>
        <Group gap="xs">
          {canWrite && <LeadStatusMenu lead={lead} />}
          <ActionWithReason allowed={convertReason === null} reason={convertReason ?? ''}>
            <Button
              leftSection={<IconArrowsSplit2 size={18} aria-hidden />}
              disabled={convertReason !== null}
              onClick={() => setConverting(true)}
            >
              {t('leads.convert.button')}
            </Button>
          </ActionWithReason>
          <DetailActions
            canWrite={canWrite}
            canDelete={canDelete}
            editPath={editPath}
            noWriteReason={t('leads.noWritePermission')}
            noDeleteReason={t('leads.noDeletePermission')}
            onDelete={() => setDeleting(true)}
          />
        </Group>
      </LeadHeader>

      <WithActivities
        record={timelineRecord}
        below={<DocumentsSection recordType="lead" recordId={lead.id} canWrite={canWrite} />}
      >
        <DetailTabs
          allowed={['history']}
          overview={<LeadOverview lead={lead} />}
          history={<LeadHistory lead={lead} />}
        />
      </WithActivities>

      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('leads.deleteTitle')}
        message={t('leads.deleteText', { name: lead.name })}
        deletedMessage={t('leads.deleted', { name: lead.name })}
        listPath="/leads"
      />
      {canWrite && !lead.convertedAt && (
        <ConvertLeadWizard lead={lead} opened={converting} onClose={() => setConverting(false)} />
      )}
    </Stack>
  );
}
