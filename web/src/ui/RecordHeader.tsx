import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The top of a record's detail page, alike for every record: its name, its badges, its key
 * facts joined by " · " (empty ones left out) and, on the right, the page's actions.
 */
export function RecordHeader({
  title,
  badges,
  facts,
  children,
}: {
  title: string;
  badges: ReactNode;
  facts: readonly (string | false | null | undefined)[];
  children: ReactNode;
}) {
  const shown = facts.filter(Boolean);
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Group gap={6}>{badges}</Group>
        {shown.length > 0 && (
          <Text size="sm" c="dimmed">
            {shown.join(' · ')}
          </Text>
        )}
      </Stack>
      {children}
    </Group>
  );
}
