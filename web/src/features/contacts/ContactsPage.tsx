import { CONTACT, type Contact } from '@kontor/domain/contacts';
import { Button, Group } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { ImportButton } from '../imports/ImportButton';
import { VcardImportButton } from '../vcard/VcardImportButton';
import { CONTACTS_API, contactsKey, fetchContactsPage } from './api';

export function ContactsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('contacts.write');
  const canDelete = usePermission('contacts.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/contacts/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('contacts.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        description={t('contacts.description')}
        actions={
          canWrite && (
            <Group gap="xs">
              <ImportButton type="contact" />
              <VcardImportButton />
              {newButton}
            </Group>
          )
        }
      />
      <RecordList<Contact>
        record={CONTACT}
        queryKey={contactsKey}
        fetchPage={fetchContactsPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.name}
        rowHref={(row) => `/contacts/${encodeURIComponent(row.id)}`}
        apiPath={CONTACTS_API}
        exportFormats={[
          { format: 'vcf', label: t('vcard.exportFormat'), icon: <IconAddressBook size={16} aria-hidden /> },
        ]}
        bulk={{ write: canWrite, delete: canDelete }}
        empty={{
          icon: <IconAddressBook aria-hidden />,
          title: t('contacts.emptyTitle'),
          description: t('contacts.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/contacts/new') : undefined}
      />
    </>
  );
}
