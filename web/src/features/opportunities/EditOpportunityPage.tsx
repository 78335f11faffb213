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
import { type OpportunityView, useOpportunity, useUpdateOpportunity } from './api';
import { OpportunityFormFields, useOpportunityForm } from './OpportunityForm';
import { OpportunityNotFound } from './OpportunityNotFound';
import { initialOpportunityValues, opportunityFormPath, toOpportunityPayload } from './opportunityForm';

export function EditOpportunityPage() {
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  if (opportunity.isPending) return <TableSkeleton rows={8} />;
  if (opportunity.isError) {
    if (opportunity.error instanceof ApiError && opportunity.error.status === 404)
      return <OpportunityNotFound />;
    return <ErrorState error={opportunity.error} onRetry={() => opportunity.refetch()} />;
  }
  return (
    <EditForm
      key={id}
      opportunity={opportunity.data}
      reload={async () => (await opportunity.refetch()).data}
    />
  );
}

function EditForm({
  opportunity,
  reload,
}: {
  opportunity: OpportunityView;
  reload: () => Promise<OpportunityView | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useOpportunityForm(initialOpportunityValues(i18n.language, opportunity));
  const update = useUpdateOpportunity(opportunity.id);
  // The version the form started from: a change by someone else since must give a conflict.
  const [base, setBase] = useState(opportunity);
  const [conflict, setConflict] = useState(false);
  const detailPath = `/opportunities/${encodeURIComponent(opportunity.id)}`;

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    const values = initialOpportunityValues(i18n.language, latest);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    setConflict(false);
  };

  return (
    <>
      <PageHeader title={t('opportunities.editTitle', { name: base.name })} />
      <OpportunityFormFields
        key={base.version}
        form={form}
        opportunity={base}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(values, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            toOpportunityPayload(initialOpportunityValues(i18n.language, base)),
            toOpportunityPayload(values),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error)
                  ? setConflict(true)
                  : showSubmitError(error, form, t, opportunityFormPath),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({
                  color: 'teal',
                  message: t('opportunities.saved', { name: saved.name }),
                });
                navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
