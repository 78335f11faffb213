import { ORGANIZATION, type Organization } from '@kontor/domain/organizations';
import { Button, Group } from '@mantine/core';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { ImportButton } from '../imports/ImportButton';
import { fetchOrganizationsPage, ORGANIZATIONS_API, organizationsKey } from './api';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = usePermission('organizations.write');
  const canDelete = usePermission('organizations.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('organizations.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('organizations.title')}
        description={t('organizations.description')}
        actions={
          canWrite && (
            <Group gap="xs">
              <ImportButton type="organization" />
              {newButton}
            </Group>
          )
        }
      />
      <RecordList<Organization>
        record={ORGANIZATION}
        queryKey={organizationsKey}
        fetchPage={fetchOrganizationsPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.name}
        apiPath={ORGANIZATIONS_API}
        bulk={{ write: canWrite, delete: canDelete }}
        rowHref={(row) => `/organizations/${encodeURIComponent(row.id)}`}
        cells={{
          creditLimit: (row) =>
            row.creditLimitCents === null ? '–' : format.money(row.creditLimitCents, row.currency),
        }}
        empty={{
          icon: <IconBuilding aria-hidden />,
          title: t('organizations.emptyTitle'),
          description: t('organizations.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/organizations/new') : undefined}
      />
    </>
  );
}
