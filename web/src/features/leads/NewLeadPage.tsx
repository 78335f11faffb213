import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { useCurrentSession } from '../../ui/session';
import { useCreateLead } from './api';
import { LeadFormFields, useLeadForm } from './LeadForm';
import { initialLeadValues, toLeadPayload } from './leadForm';

export function NewLeadPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useCurrentSession().user;
  // The creator looks after the lead unless they choose someone else.
  const form = useLeadForm(initialLeadValues(i18n.language, undefined, me.id));
  const create = useCreateLead();

  // Back to where the user came from (the list with its filters), or to the list after a direct visit.
  const cancel = () => (location.key === 'default' ? navigate('/leads') : navigate(-1));

  return (
    <>
      <PageHeader title={t('leads.newTitle')} />
      <LeadFormFields
        form={form}
        submitLabel={t('leads.create')}
        pending={create.isPending}
        onCancel={cancel}
        onSubmit={(values, markSaved) =>
          create.mutate(toLeadPayload(values), {
            onError: (error) => showSubmitError(error, form, t),
            onSuccess: (created) => {
              markSaved();
              notifications.show({ color: 'teal', message: t('leads.created', { name: created.name }) });
              navigate(`/leads/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}
