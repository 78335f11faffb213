import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { useCurrentSession } from '../../ui/session';
import { useCreateOpportunity } from './api';
import { OpportunityFormFields, useOpportunityForm } from './OpportunityForm';
import { initialOpportunityValues, opportunityFormPath, toOpportunityPayload } from './opportunityForm';

/** A new opportunity; `?stageId=` (from a board column) preselects its stage. */
export function NewOpportunityPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const me = useCurrentSession().user;
  const form = useOpportunityForm(
    initialOpportunityValues(i18n.language, undefined, { ownerId: me.id, stageId: params.get('stageId') }),
  );
  const create = useCreateOpportunity();
  const cancel = () => (location.key === 'default' ? navigate('/opportunities') : navigate(-1));

  return (
    <>
      <PageHeader title={t('opportunities.newTitle')} />
      <OpportunityFormFields
        form={form}
        submitLabel={t('opportunities.create')}
        pending={create.isPending}
        onCancel={cancel}
        onSubmit={(values, markSaved) =>
          create.mutate(toOpportunityPayload(values), {
            onError: (error) => showSubmitError(error, form, t, opportunityFormPath),
            onSuccess: (created) => {
              markSaved();
              notifications.show({
                color: 'teal',
                message: t('opportunities.created', { name: created.name }),
              });
              navigate(`/opportunities/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}
