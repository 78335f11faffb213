import type { Contact } from '@kontor/domain/contacts';
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
import { useContact, useUpdateContact } from './api';
import { ContactFormFields } from './ContactForm';
import { ContactNotFound } from './ContactNotFound';
import { initialValues } from './contactFormValues';
import { toPayload, withoutEmptyRows } from './contactPayload';
import { useContactForm } from './useContactForm';

export function EditContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  if (contact.isPending) return <TableSkeleton rows={8} />;
  if (contact.isError) {
    if (contact.error instanceof ApiError && contact.error.status === 404) return <ContactNotFound />;
    return <ErrorState error={contact.error} onRetry={() => contact.refetch()} />;
  }
  return <EditForm key={id} contact={contact.data} reload={async () => (await contact.refetch()).data} />;
}

function EditForm({ contact, reload }: { contact: Contact; reload: () => Promise<Contact | undefined> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useContactForm(initialValues(i18n.language, contact));
  const update = useUpdateContact(contact.id);
  // The version the form started from: a change by someone else since then must give a conflict.
  const [base, setBase] = useState(contact);
  const [conflict, setConflict] = useState(false);
  const detailPath = `/contacts/${encodeURIComponent(contact.id)}`;

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    const values = initialValues(i18n.language, latest);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    setConflict(false);
  };

  return (
    <>
      <PageHeader title={t('contacts.editTitle', { name: base.name })} />
      <ContactFormFields
        form={form}
        contact={base}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(_, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            toPayload(initialValues(i18n.language, base)),
            toPayload(withoutEmptyRows(form)),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error) ? setConflict(true) : showSubmitError(error, form, t),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({ color: 'teal', message: t('contacts.saved', { name: saved.name }) });
                navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
