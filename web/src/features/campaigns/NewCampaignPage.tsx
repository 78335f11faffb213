import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { useCurrentSession } from '../../ui/session';
import { useCreateCampaign } from './api';
import { CampaignFormFields, useCampaignForm } from './CampaignForm';
import { campaignFormPath, initialCampaignValues, toCampaignPayload } from './campaignForm';

export function NewCampaignPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useCurrentSession().user;
  // The creator is responsible unless they choose someone else.
  const form = useCampaignForm(initialCampaignValues(i18n.language, undefined, me.id));
  const create = useCreateCampaign();

  // Back to where the user came from (the list with its filters), or to the list after a direct visit.
  const cancel = () => (location.key === 'default' ? navigate('/campaigns') : navigate(-1));

  return (
    <>
      <PageHeader title={t('campaigns.newTitle')} />
      <CampaignFormFields
        form={form}
        submitLabel={t('campaigns.create')}
        pending={create.isPending}
        onCancel={cancel}
        onSubmit={(values, markSaved) =>
          create.mutate(toCampaignPayload(values), {
            onError: (error) => showSubmitError(error, form, t, campaignFormPath),
            onSuccess: (created) => {
              markSaved();
              notifications.show({ color: 'teal', message: t('campaigns.created', { name: created.name }) });
              navigate(`/campaigns/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}
