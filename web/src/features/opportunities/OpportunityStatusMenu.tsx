import { OPPORTUNITY_MANUAL_STATUSES, OPPORTUNITY_STATUS_LABELS } from '@kontor/domain/sales-status';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../ui/fieldFormat';
import { notifyError } from '../../ui/problems';
import { StatusMenu } from '../../ui/StatusMenu';
import { type OpportunityView, useSetOpportunityStatus } from './api';
import { LostDialog } from './LostDialog';

/** The by-hand statuses (S5); those a rule forbids say why, and "Verloren" asks for the lost reasons first. */
export function OpportunityStatusMenu({ opportunity }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const label = useLabel();
  const setStatus = useSetOpportunityStatus(opportunity.id);
  const [losing, setLosing] = useState(false);

  const choose = (status: (typeof OPPORTUNITY_MANUAL_STATUSES)[number]) => {
    if (status === 'lost') return setLosing(true);
    setStatus.mutate(
      { status, version: opportunity.version },
      {
        onError: (error) => notifyError(error, t),
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t('opportunities.status.changed', {
              status: label(OPPORTUNITY_STATUS_LABELS[saved.status]),
            }),
          }),
      },
    );
  };

  return (
    <>
      <StatusMenu
        statuses={OPPORTUNITY_MANUAL_STATUSES}
        verdicts={opportunity.allowedStatuses}
        current={opportunity.status}
        labels={OPPORTUNITY_STATUS_LABELS}
        textsKey="opportunities.status"
        pending={setStatus.isPending}
        asking={['lost']}
        onChoose={choose}
      />
      <LostDialog opportunity={opportunity} opened={losing} onClose={() => setLosing(false)} />
    </>
  );
}
