import type { Contact } from '@kontor/domain/contacts';
import { Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { BackLink } from '../../ui/BackLink';
import { DeleteConfirm } from '../../ui/DeleteConfirm';
import { DetailActions } from '../../ui/DetailActions';
import { DetailSkeleton } from '../../ui/DetailParts';
import { DetailTabs } from '../../ui/DetailTabs';
import { usePageKey } from '../../ui/keyboard';
import { usePermission } from '../../ui/session';
import { ErrorState } from '../../ui/states';
import { WithActivities } from '../activities/RecordActivities';
import { DocumentsSection } from '../documents/DocumentsSection';
import { VcardDownloadButton } from '../vcard/VcardDownloadButton';
import { useContact, useDeleteContact } from './api';
import { ContactHeader } from './ContactHeader';
import { ContactHistory } from './ContactHistory';
import { ContactMerge } from './ContactMerge';
import { ContactNotFound } from './ContactNotFound';
import { ContactOverview } from './ContactOverview';

export function ContactDetailPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  if (contact.isPending) return <DetailSkeleton />;
  if (contact.isError) {
    if (contact.error instanceof ApiError && contact.error.status === 404) return <ContactNotFound />;
    return <ErrorState error={contact.error} onRetry={() => contact.refetch()} />;
  }
  return <ContactDetail key={id} contact={contact.data} />;
}

function ContactDetail({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('contacts.write');
  const canDelete = usePermission('contacts.delete');
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);
  const remove = useDeleteContact(contact.id);
  const editPath = `/contacts/${encodeURIComponent(contact.id)}/edit`;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  return (
    <Stack gap="lg">
      <BackLink to="/contacts" label={t('contacts.backToList')} />
      <ContactHeader contact={contact}>
        <Group gap="xs">
          <DetailActions
            canWrite={canWrite}
            canDelete={canDelete}
            editPath={editPath}
            noWriteReason={t('contacts.noWritePermission')}
            noDeleteReason={t('contacts.noDeletePermission')}
            onMerge={() => setMerging(true)}
            onDelete={() => setDeleting(true)}
          />
          <VcardDownloadButton contactId={contact.id} />
        </Group>
      </ContactHeader>

      <WithActivities
        record={{ recordType: 'contact', recordId: contact.id, name: contact.name }}
        below={<DocumentsSection recordType="contact" recordId={contact.id} canWrite={canWrite} />}
      >
        <DetailTabs
          allowed={['history']}
          overview={<ContactOverview contact={contact} />}
          history={<ContactHistory contact={contact} />}
        />
      </WithActivities>

      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('contacts.deleteTitle')}
        message={t('contacts.deleteText', { name: contact.name })}
        deletedMessage={t('contacts.deleted', { name: contact.name })}
        listPath="/contacts"
      />
      {canDelete && <ContactMerge contact={contact} opened={merging} onClose={() => setMerging(false)} />}
    </Stack>
  );
}
