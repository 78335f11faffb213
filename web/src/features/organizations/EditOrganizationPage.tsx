import type { AddressInput } from '@kontor/domain/addresses';
import type { Organization } from '@kontor/domain/organizations';
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
import { useOrganization, useUpdateOrganization } from './api';
import {
  formPathOf,
  initialValues,
  OrganizationFormFields,
  toPayload,
  useOrganizationForm,
} from './OrganizationForm';
import { OrganizationNotFound } from './OrganizationNotFound';

export function EditOrganizationPage() {
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  if (organization.isPending) return <TableSkeleton rows={8} />;
  if (organization.isError) {
    if (organization.error instanceof ApiError && organization.error.status === 404)
      return <OrganizationNotFound />;
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  }
  return (
    <EditForm
      key={id}
      organization={organization.data}
      reload={async () => (await organization.refetch()).data}
    />
  );
}

function EditForm({
  organization,
  reload,
}: {
  organization: Organization;
  reload: () => Promise<Organization | undefined>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useOrganizationForm(initialValues(organization));
  const update = useUpdateOrganization(organization.id);
  // The version the form started from: a change by someone else since then must give a conflict.
  const [base, setBase] = useState(organization);
  const [conflict, setConflict] = useState(false);
  const detailPath = `/organizations/${encodeURIComponent(organization.id)}`;

  const otherAddresses: AddressInput[] = base.addresses.slice(1).map(({ id: _id, ...address }) => address);

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    form.setInitialValues(initialValues(latest));
    form.setValues(initialValues(latest));
    form.resetDirty(initialValues(latest));
    setConflict(false);
  };

  return (
    <>
      <PageHeader title={t('organizations.editTitle', { name: base.name })} />
      <OrganizationFormFields
        form={form}
        organization={base}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(values, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            toPayload(initialValues(base), otherAddresses),
            toPayload(values, otherAddresses),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t, formPathOf),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({
                  color: 'teal',
                  message: t('organizations.saved', { name: saved.name }),
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
