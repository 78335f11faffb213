import { OPPORTUNITY_MANUAL_STATUSES, OPPORTUNITY_STATUS_LABELS } from '@kontor/domain/sales-status';
import { Button, Menu, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../ui/fieldFormat';
import { notifyError } from '../../ui/problems';
import { type OpportunityView, useSetOpportunityStatus } from './api';
import { LostDialog } from './LostDialog';

/**
 * The by-hand statuses (S5): those a rule forbids stay visible but disabled, with the reason as
 * tooltip; "Verloren" asks for the lost reasons first.
 */
export function OpportunityStatusMenu({ opportunity }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const label = useLabel();
  const setStatus = useSetOpportunityStatus(opportunity.id);
  const [losing, setLosing] = useState(false);
  const verdicts = opportunity.allowedStatuses;

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
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            rightSection={<IconChevronDown size={16} aria-hidden />}
            loading={setStatus.isPending}
          >
            {t('opportunities.status.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {OPPORTUNITY_MANUAL_STATUSES.map((status) => {
            const verdict = verdicts[status];
            const current = opportunity.status === status;
            const item = (
              <Menu.Item
                key={status}
                disabled={!verdict?.ok || current}
                leftSection={
                  current ? (
                    <IconCheck size={16} aria-label={t('opportunities.status.current')} />
                  ) : (
                    <span style={{ width: 16 }} />
                  )
                }
                onClick={() => choose(status)}
              >
                {label(OPPORTUNITY_STATUS_LABELS[status])}
                {status === 'lost' ? '…' : ''}
              </Menu.Item>
            );
            if (verdict && !verdict.ok && !current)
              return (
                <Tooltip
                  key={status}
                  label={t(`opportunities.status.reasons.${verdict.reason}`)}
                  position="left"
                  multiline
                  w={260}
                >
                  <div>{item}</div>
                </Tooltip>
              );
            return item;
          })}
        </Menu.Dropdown>
      </Menu>
      <LostDialog opportunity={opportunity} opened={losing} onClose={() => setLosing(false)} />
    </>
  );
}
