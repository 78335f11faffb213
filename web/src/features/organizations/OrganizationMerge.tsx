import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { ORGANIZATION, type Organization, organizationSchema } from '@kontor/domain/organizations';
import { useTranslation } from 'react-i18next';
import { FactList } from '../../ui/FactList';
import { useLabel } from '../../ui/fieldFormat';
import { MergeModal } from '../../ui/MergeModal';
import { MergeMovesList } from '../../ui/MergeMovesList';
import { usePermission } from '../../ui/session';
import {
  ORGANIZATIONS_API,
  organizationsKey,
  useOrganizationChildren,
  useOrganizationContacts,
  useOrganizationDuplicates,
  useOrganizationNameSearch,
} from './api';

/** "Zusammenführen": the duplicates the server finds for this organisation, or any by name. */
export function OrganizationMerge({
  organization,
  opened,
  onClose,
}: {
  organization: Organization;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const duplicates = useOrganizationDuplicates(
    opened
      ? {
          name: organization.name,
          vatId: organization.vatId ?? '',
          city: organization.city ?? '',
          excludeId: organization.id,
        }
      : {},
  );
  return (
    <MergeModal<Organization>
      opened={opened}
      onClose={onClose}
      current={organization}
      apiPath={ORGANIZATIONS_API}
      detailPath={(id) => `/organizations/${encodeURIComponent(id)}`}
      schema={organizationSchema}
      queryKey={organizationsKey}
      suggestions={(duplicates.data ?? []).map(({ organization: other, reasons }) => ({
        id: other.id,
        name: other.name,
        detail: other.city,
        reasons: reasons.map((reason) => (reason === 'name' ? 'organizationName' : reason)),
      }))}
      useSearch={useMergeSearch}
      describe={(record) => (
        <FactList
          facts={[
            { label: t('address.city'), value: record.city ?? '–' },
            { label: label((fieldOf(ORGANIZATION, 'vatId') as FieldDef).label), value: record.vatId ?? '–' },
            {
              label: label((fieldOf(ORGANIZATION, 'customerNumber') as FieldDef).label),
              value: record.customerNumber ?? '–',
            },
            {
              label: label((fieldOf(ORGANIZATION, 'ownerName') as FieldDef).label),
              value: record.ownerName ?? '–',
            },
          ]}
        />
      )}
      moves={(merged) => <MergeMoves organization={merged} />}
    />
  );
}

/** Organisations by name for the merge picker, as merge options. */
function useMergeSearch(typed: string) {
  const found = useOrganizationNameSearch(typed);
  return {
    isFetching: found.isFetching,
    data: found.data?.map((other) => ({ id: other.id, name: other.name, detail: other.city })),
  };
}

function MergeMoves({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const canReadContacts = usePermission('contacts.read');
  const contacts = useOrganizationContacts(organization.id, canReadContacts);
  const children = useOrganizationChildren(organization.id);
  return (
    <MergeMovesList
      lines={[
        contacts.data?.length ? t('organizations.movesContacts', { count: contacts.data.length }) : null,
        children.data?.length ? t('organizations.movesChildren', { count: children.data.length }) : null,
        organization.addresses.length
          ? t('organizations.movesAddresses', { count: organization.addresses.length })
          : null,
        organization.tags.length
          ? t('organizations.movesTags', { tags: organization.tags.join(', ') })
          : null,
      ]}
    />
  );
}
