import type { Organization } from '@kontor/domain/organizations';
import { Badge, Stack, Tabs } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
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
import { useDeleteOrganization, useOrganization, useOrganizationContacts } from './api';
import { OrganizationContactsTab } from './OrganizationContactsTab';
import { OrganizationHeader } from './OrganizationHeader';
import { OrganizationHistory } from './OrganizationHistory';
import { OrganizationMerge } from './OrganizationMerge';
import { OrganizationNotFound } from './OrganizationNotFound';
import { OrganizationOverview } from './OrganizationOverview';

export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  if (organization.isPending) return <DetailSkeleton />;
  if (organization.isError) {
    if (organization.error instanceof ApiError && organization.error.status === 404)
      return <OrganizationNotFound />;
    return <ErrorState error={organization.error} onRetry={() => organization.refetch()} />;
  }
  return <OrganizationDetail key={id} organization={organization.data} />;
}

function OrganizationDetail({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission('organizations.write');
  const canDelete = usePermission('organizations.delete');
  const canReadContacts = usePermission('contacts.read');
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);
  const remove = useDeleteOrganization(organization.id);
  const contacts = useOrganizationContacts(organization.id, canReadContacts);
  const editPath = `/organizations/${encodeURIComponent(organization.id)}/edit`;

  usePageKey('e', canWrite ? () => navigate(editPath) : undefined);

  return (
    <Stack gap="lg">
      <BackLink to="/organizations" label={t('organizations.backToList')} />
      <OrganizationHeader organization={organization}>
        <DetailActions
          canWrite={canWrite}
          canDelete={canDelete}
          editPath={editPath}
          noWriteReason={t('organizations.noWritePermission')}
          noDeleteReason={t('organizations.noDeletePermission')}
          onMerge={() => setMerging(true)}
          onDelete={() => setDeleting(true)}
        />
      </OrganizationHeader>

      <WithActivities
        record={{ recordType: 'organization', recordId: organization.id, name: organization.name }}
        below={<DocumentsSection recordType="organization" recordId={organization.id} canWrite={canWrite} />}
      >
        <DetailTabs
          allowed={canReadContacts ? ['history', 'contacts'] : ['history']}
          extraTabs={
            canReadContacts && (
              <Tabs.Tab
                value="contacts"
                leftSection={<IconAddressBook size={16} aria-hidden />}
                rightSection={
                  contacts.data && (
                    <Badge size="sm" variant="light" circle={contacts.data.length < 10}>
                      {contacts.data.length}
                    </Badge>
                  )
                }
              >
                {t('organizations.tabs.contacts')}
              </Tabs.Tab>
            )
          }
          overview={<OrganizationOverview organization={organization} />}
          extraPanels={
            canReadContacts && (
              <Tabs.Panel value="contacts">
                <OrganizationContactsTab organization={organization} contacts={contacts} />
              </Tabs.Panel>
            )
          }
          history={<OrganizationHistory organization={organization} />}
        />
      </WithActivities>

      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('organizations.deleteTitle')}
        message={t('organizations.deleteText', { name: organization.name })}
        deletedMessage={t('organizations.deleted', { name: organization.name })}
        listPath="/organizations"
      />
      {canDelete && (
        <OrganizationMerge organization={organization} opened={merging} onClose={() => setMerging(false)} />
      )}
    </Stack>
  );
}
