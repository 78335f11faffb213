import type { LeadDetail } from '@kontor/domain/leads';
import { LEAD_MANUAL_STATUSES, LEAD_STATUS_LABELS } from '@kontor/domain/sales-status';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../ui/fieldFormat';
import { notifyError } from '../../ui/problems';
import { StatusMenu } from '../../ui/StatusMenu';
import { useSetLeadStatus } from './api';

/** The by-hand statuses of a lead (S5); those a derived rule overrides say why. */
export function LeadStatusMenu({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const setStatus = useSetLeadStatus(lead.id);
  if (!lead.allowedStatuses) return null;

  return (
    <StatusMenu
      statuses={LEAD_MANUAL_STATUSES}
      verdicts={lead.allowedStatuses}
      current={lead.status}
      labels={LEAD_STATUS_LABELS}
      textsKey="leads.status"
      pending={setStatus.isPending}
      onChoose={(status) =>
        setStatus.mutate(
          { status, version: lead.version },
          {
            onError: (error) => notifyError(error, t),
            onSuccess: (saved) =>
              notifications.show({
                color: 'teal',
                message: t('leads.status.changed', { status: label(LEAD_STATUS_LABELS[saved.status]) }),
              }),
          },
        )
      }
    />
  );
}
