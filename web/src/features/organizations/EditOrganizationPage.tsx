import type { AddressInput } from '@kontor/domain/addresses';
import type { Organization } from '@kontor/domain/organizations';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditRecordPage } from '../../ui/EditRecordPage';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEdit } from '../../ui/useRecordEdit';
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
  return (
    <EditRecordPage query={useOrganization(id)} notFound={<OrganizationNotFound />}>
      {(organization, reload) => <EditForm organization={organization} reload={reload} />}
    </EditRecordPage>
  );
}

/** The form edits the first address; the others go along unchanged. */
function otherAddresses(organization: Organization): AddressInput[] {
  return organization.addresses.slice(1).map(({ id: _id, ...address }) => address);
}

function EditForm({
  organization,
  reload,
}: {
  organization: Organization;
  reload: () => Promise<Organization | undefined>;
}) {
  const { t } = useTranslation();
  const form = useOrganizationForm(initialValues(organization));
  const { base, formProps } = useRecordEdit({
    record: organization,
    reload,
    form,
    valuesOf: initialValues,
    toPayload: (values, record) => toPayload(values, otherAddresses(record)),
    update: useUpdateOrganization(organization.id),
    detailPath: `/organizations/${encodeURIComponent(organization.id)}`,
    savedMessage: (saved) => t('organizations.saved', { name: saved.name }),
    formPathOf,
  });
  return (
    <>
      <PageHeader title={t('organizations.editTitle', { name: base.name })} />
      <OrganizationFormFields form={form} organization={base} {...formProps} />
    </>
  );
}
