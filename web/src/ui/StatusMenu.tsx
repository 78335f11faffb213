import type { Label } from '@kontor/domain/fields';
import { Button, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLabel } from './fieldFormat';

export type StatusVerdict = { ok: true } | { ok: false; reason: string };

/**
 * A record's by-hand statuses (S5) as a menu: the current one is checked, those a rule forbids
 * stay visible but disabled with the reason as tooltip, so the user learns why the status follows
 * the record's documents. The texts live under `textsKey` (`menu`, `current`, `reasons.<reason>`).
 */
export function StatusMenu<S extends string>({
  statuses,
  verdicts,
  current,
  labels,
  textsKey,
  pending,
  asking = [],
  onChoose,
}: {
  statuses: readonly S[];
  /** The verdicts of the domain's `allowed…Statuses`. */
  verdicts: Partial<Record<S, StatusVerdict>>;
  current: string;
  labels: Record<S, Label>;
  textsKey: string;
  pending: boolean;
  /** Statuses that ask something before they are set, marked with "…". */
  asking?: readonly S[];
  onChoose: (status: S) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />} loading={pending}>
          {t(`${textsKey}.menu`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {statuses.map((status) => {
          const verdict = verdicts[status];
          const isCurrent = current === status;
          const item = (
            <Menu.Item
              key={status}
              disabled={!verdict?.ok || isCurrent}
              leftSection={
                isCurrent ? (
                  <IconCheck size={16} aria-label={t(`${textsKey}.current`)} />
                ) : (
                  <span style={{ width: 16 }} />
                )
              }
              onClick={() => onChoose(status)}
            >
              {label(labels[status])}
              {asking.includes(status) ? '…' : ''}
            </Menu.Item>
          );
          if (verdict && !verdict.ok && !isCurrent)
            return (
              <Tooltip
                key={status}
                label={t(`${textsKey}.reasons.${verdict.reason}`)}
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
