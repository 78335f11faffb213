import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { ORGANIZATION, type Organization } from '@kontor/domain/organizations';
import { useTranslation } from 'react-i18next';
import { FieldHistory } from '../../ui/FieldHistory';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useOrganizationHistory } from './api';

/** The history tab of an organisation: its changes field by field. */
export function OrganizationHistory({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const history = useOrganizationHistory(organization.id);
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const creditLimit = fieldOf(ORGANIZATION, 'creditLimit') as FieldDef;
  const owner = fieldOf(ORGANIZATION, 'ownerName') as FieldDef;
  return (
    <FieldHistory
      record={ORGANIZATION}
      items={history.data}
      extraFields={{
        creditLimitCents: creditLimit,
        ownerId: owner,
        parentId: {
          key: 'parentId',
          kind: 'text',
          label: { de: t('organizations.parent'), en: t('organizations.parent') },
        },
        addresses: {
          key: 'addresses',
          kind: 'text',
          label: { de: t('organizations.sections.addresses'), en: t('organizations.sections.addresses') },
        },
      }}
      describeValue={(field, value) => {
        // Ids are stored; the names the record shows now are the best the history can say.
        if (field === 'ownerId' && value === organization.ownerId) return organization.ownerName ?? undefined;
        if (field === 'parentId' && value === organization.parentId)
          return organization.parentName ?? undefined;
        return undefined;
      }}
    />
  );
}
