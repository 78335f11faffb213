import type { Lead } from '@kontor/domain/leads';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { changedFields } from '../../ui/changedFields';
import { PageHeader } from '../../ui/PageHeader';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useLead, useUpdateLead } from './api';
import { LeadFormFields, useLeadForm } from './LeadForm';
import { LeadNotFound } from './LeadNotFound';
import { initialLeadValues, toLeadPayload } from './leadForm';

export function EditLeadPage() {
  const { id = '' } = useParams();
  const lead = useLead(id);
  if (lead.isPending) return <TableSkeleton rows={8} />;
  if (lead.isError) {
    if (lead.error instanceof ApiError && lead.error.status === 404) return <LeadNotFound />;
    return <ErrorState error={lead.error} onRetry={() => lead.refetch()} />;
  }
  return <EditForm key={id} lead={lead.data} reload={async () => (await lead.refetch()).data} />;
}

function EditForm({ lead, reload }: { lead: Lead; reload: () => Promise<Lead | undefined> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useLeadForm(initialLeadValues(i18n.language, lead));
  const update = useUpdateLead(lead.id);
  // The version the form started from: a change by someone else since then must give a conflict.
  const [base, setBase] = useState(lead);
  const [conflict, setConflict] = useState(false);
  const detailPath = `/leads/${encodeURIComponent(lead.id)}`;

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    const values = initialLeadValues(i18n.language, latest);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    setConflict(false);
  };

  return (
    <>
      <PageHeader title={t('leads.editTitle', { name: base.name })} />
      <LeadFormFields
        form={form}
        lead={base}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(values, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            toLeadPayload(initialLeadValues(i18n.language, base)),
            toLeadPayload(values),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({ color: 'teal', message: t('leads.saved', { name: saved.name }) });
                navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
