import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { DuplicateHint } from '../../ui/DuplicateHint';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { useCurrentSession, usePermission } from '../../ui/session';
import { useCreateOrganization, useOrganizationDuplicates } from './api';
import {
  formPathOf,
  initialValues,
  OrganizationFormFields,
  type OrganizationFormValues,
  toPayload,
  useOrganizationForm,
} from './OrganizationForm';

export function NewOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useCurrentSession().user;
  const canReadUsers = usePermission('users.read');
  const form = useOrganizationForm(initialValues(undefined, canReadUsers ? me.id : null));
  const create = useCreateOrganization();

  // Back to where the user came from (the list with its filters), or to the list after a direct visit.
  const cancel = () => (location.key === 'default' ? navigate('/organizations') : navigate(-1));

  return (
    <>
      <PageHeader title={t('organizations.newTitle')} />
      <OrganizationFormFields
        form={form}
        submitLabel={t('organizations.create')}
        pending={create.isPending}
        onCancel={cancel}
        duplicates={<Duplicates values={form.values} />}
        onSubmit={(values, markSaved) =>
          create.mutate(toPayload(values), {
            onError: (error) => showSubmitError(error, form, t, formPathOf),
            onSuccess: (created) => {
              markSaved();
              notifications.show({
                color: 'teal',
                message: t('organizations.created', { name: created.name }),
              });
              navigate(`/organizations/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}

/** Asks the server, after a pause in typing, whether this organisation is already known (M4). */
function Duplicates({ values }: { values: OrganizationFormValues }) {
  const [query] = useDebouncedValue(
    { name: values.name, vatId: values.vatId, city: values.addresses[0]?.city ?? '' },
    400,
  );
  const duplicates = useOrganizationDuplicates(query);
  if (!duplicates.data) return null;
  return (
    <DuplicateHint
      candidates={duplicates.data.map(({ organization, reasons }) => ({
        id: organization.id,
        href: `/organizations/${encodeURIComponent(organization.id)}`,
        name: organization.name,
        detail: [organization.city, organization.vatId].filter(Boolean).join(' · ') || null,
        reasons: reasons.map((reason) => (reason === 'name' ? 'organizationName' : reason)),
      }))}
    />
  );
}
