import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A dashboard figure: a small label over a large value that opens the records behind it. The
 * link's name says both, so a screen reader hears "Überfällig: 3", not "3".
 */
export function Figure({
  label,
  value,
  to,
  color,
  hint,
  size = 'lg',
}: {
  label: string;
  value: string;
  to: string | null;
  color?: string;
  hint?: ReactNode;
  /** The card's main figure is large; those beside or under it smaller, so two fit side by side. */
  size?: 'lg' | 'md';
}) {
  const text = (
    <Text span fz={size === 'lg' ? 28 : 20} fw={700} lh={1.2} c={color} style={{ whiteSpace: 'nowrap' }}>
      {value}
    </Text>
  );
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {to ? (
        <Anchor component={Link} to={to} underline="hover" aria-label={`${label}: ${value}`} c={color}>
          {text}
        </Anchor>
      ) : (
        text
      )}
      {hint}
    </Stack>
  );
}
