import { ActionIcon, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

/** A row's icon button in a table: the same text is its tooltip and its name for screen readers. */
export function RowAction({
  label,
  icon: IconComponent,
  color,
  onClick,
}: {
  label: string;
  icon: Icon;
  color?: string;
  onClick: () => void;
}) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick}>
        <IconComponent size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
