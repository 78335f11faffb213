import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { useCurrentSession, usePermission } from '../../ui/session';
import { useCreateOrganization } from './api';
import {
  formPathOf,
  initialValues,
  OrganizationFormFields,
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
