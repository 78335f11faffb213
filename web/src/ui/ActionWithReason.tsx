import { Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

/** An action the user may not take now stays visible, disabled, with the reason as tooltip (UX.md "Detail"). */
export function ActionWithReason({
  allowed,
  reason,
  children,
}: {
  allowed: boolean;
  reason: string;
  children: ReactNode;
}) {
  if (allowed) return children;
  return (
    <Tooltip label={reason}>
      <span>{children}</span>
    </Tooltip>
  );
}
