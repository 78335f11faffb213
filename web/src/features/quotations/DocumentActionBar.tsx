import { Button, Group } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { ActionWithReason } from '../../ui/ActionWithReason';
import { ActionConfirm } from './ActionConfirm';

export interface DocumentAction {
  key: string;
  label: string;
  icon: ReactNode;
  /** Why it is not offered now; null when it is. */
  refusal: string | null;
  /** The primary action of the document's current state gets the filled button. */
  primary?: boolean;
  color?: string;
  /** A link (edit, PDF) … */
  to?: string;
  href?: string;
  /** … or something to run, after `confirm` if given. */
  run?: () => void;
  confirm?: { title: string; message: string; confirmLabel: string };
}

/**
 * The action bar of a quotation or order (UX.md "Detail"): every action stays visible, those not
 * allowed now disabled with the reason as tooltip; irreversible ones ask first.
 */
export function DocumentActionBar({
  actions,
  pending,
}: {
  actions: DocumentAction[];
  pending: string | null;
}) {
  const [confirming, setConfirming] = useState<DocumentAction | null>(null);

  return (
    <>
      <Group gap="xs" justify="flex-end" maw={560} ml="auto">
        {actions.map((action) => {
          const allowed = action.refusal === null;
          const common = {
            variant: action.primary && allowed ? 'filled' : 'default',
            color: action.color,
            disabled: !allowed,
            leftSection: action.icon,
            loading: pending === action.key,
          } as const;
          return (
            <ActionWithReason key={action.key} allowed={allowed} reason={action.refusal ?? ''}>
              {action.to && allowed ? (
                <Button {...common} component={Link} to={action.to}>
                  {action.label}
                </Button>
              ) : action.href && allowed ? (
                <Button {...common} component="a" href={action.href} download>
                  {action.label}
                </Button>
              ) : (
                <Button {...common} onClick={() => (action.confirm ? setConfirming(action) : action.run?.())}>
                  {action.label}
                </Button>
              )}
            </ActionWithReason>
          );
        })}
      </Group>
      <ActionConfirm
        opened={confirming !== null}
        title={confirming?.confirm?.title ?? ''}
        message={confirming?.confirm?.message ?? ''}
        confirmLabel={confirming?.confirm?.confirmLabel ?? ''}
        color={confirming?.color}
        loading={confirming !== null && pending === confirming.key}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          confirming?.run?.();
          setConfirming(null);
        }}
      />
    </>
  );
}
