import type { LeadDetail } from '@kontor/domain/leads';
import { LEAD_MANUAL_STATUSES, LEAD_STATUS_LABELS } from '@kontor/domain/sales-status';
import { Button, Menu, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../ui/fieldFormat';
import { notifyError } from '../../ui/problems';
import { useSetLeadStatus } from './api';

/**
 * The by-hand statuses of a lead (S5): those a derived rule overrides stay visible but disabled,
 * with the reason as tooltip, so the user learns why the status follows the lead's documents.
 */
export function LeadStatusMenu({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const setStatus = useSetLeadStatus(lead.id);
  const verdicts = lead.allowedStatuses;
  if (!verdicts) return null;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          rightSection={<IconChevronDown size={16} aria-hidden />}
          loading={setStatus.isPending}
        >
          {t('leads.status.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LEAD_MANUAL_STATUSES.map((status) => {
          const verdict = verdicts[status];
          const current = lead.status === status;
          const item = (
            <Menu.Item
              key={status}
              disabled={!verdict?.ok || current}
              leftSection={
                current ? (
                  <IconCheck size={16} aria-label={t('leads.status.current')} />
                ) : (
                  <span style={{ width: 16 }} />
                )
              }
              onClick={() =>
                setStatus.mutate(
                  { status, version: lead.version },
                  {
                    onError: (error) => notifyError(error, t),
                    onSuccess: (saved) =>
                      notifications.show({
                        color: 'teal',
                        message: t('leads.status.changed', {
                          status: label(LEAD_STATUS_LABELS[saved.status]),
                        }),
                      }),
                  },
                )
              }
            >
              {label(LEAD_STATUS_LABELS[status])}
            </Menu.Item>
          );
          if (verdict && !verdict.ok)
            return (
              <Tooltip
                key={status}
                label={t(`leads.status.reasons.${verdict.reason}`)}
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
  );
}
