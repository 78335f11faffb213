import type { CompanyProfile } from '@kontor/domain/company-profile';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { PageHeader } from '../../ui/PageHeader';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { RecordForm } from '../../ui/RecordForm';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useCompanyProfile, useSaveCompanyProfile } from './api';
import { CompanyProfileFields } from './CompanyProfileFields';
import { changedFieldsBetween, initialValues, toPayload } from './profileForm';
import { useCompanyProfileForm } from './useCompanyProfileForm';

/**
 * "Firmendaten" for administrators: the company details printed as letterhead and footer of
 * quotations and order confirmations, and the defaults new quotations start with.
 */
export function CompanyProfilePage() {
  const { t } = useTranslation();
  const profile = useCompanyProfile();
  return (
    <>
      <PageHeader title={t('companyProfile.title')} description={t('companyProfile.description')} />
      {profile.isPending ? (
        <TableSkeleton rows={8} />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => profile.refetch()} />
      ) : (
        <ProfileEditor profile={profile.data} reload={async () => (await profile.refetch()).data} />
      )}
    </>
  );
}

function ProfileEditor({
  profile,
  reload,
}: {
  profile: CompanyProfile;
  reload: () => Promise<CompanyProfile | undefined>;
}) {
  const { t } = useTranslation();
  const form = useCompanyProfileForm(profile);
  const save = useSaveCompanyProfile();
  // The version the form started from; someone else's save since then gives a conflict.
  const [base, setBase] = useState(profile);
  // After a conflict: the fields the other save changed, so the user knows what to look at.
  const [conflict, setConflict] = useState<string[] | null>(null);

  const startFrom = (next: CompanyProfile) => {
    setBase(next);
    form.setInitialValues(initialValues(next));
    form.setValues(initialValues(next));
    form.resetDirty(initialValues(next));
  };

  const onConflict = async () => {
    const latest = await reload();
    setConflict(latest ? changedFieldsBetween(base, latest) : []);
  };

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    startFrom(latest);
    setConflict(null);
  };

  const alert = conflict && (
    <div>
      <ConflictAlert onReload={reloadLatest} />
      {conflict.length > 0 && (
        <Text size="sm" mt="-xs">
          {t('companyProfile.changedByOthers', {
            fields: conflict.map((field) => t(`companyProfile.fields.${field}`)).join(', '),
          })}
        </Text>
      )}
    </div>
  );

  return (
    <RecordForm
      form={form}
      submitLabel={t('common.save')}
      pending={save.isPending}
      disabled={conflict !== null}
      alert={alert}
      // A settings page has nowhere to go back to: cancelling drops the unsaved changes.
      onCancel={() => startFrom(base)}
      onSubmit={(values) =>
        save.mutate(toPayload(values, base.version), {
          onError: (error) => (isStaleVersion(error) ? void onConflict() : showSubmitError(error, form, t)),
          onSuccess: (saved) => {
            startFrom(saved);
            notifications.show({ color: 'teal', message: t('companyProfile.saved') });
          },
        })
      }
    >
      <CompanyProfileFields form={form} />
    </RecordForm>
  );
}
