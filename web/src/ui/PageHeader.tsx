import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: string;
  count?: number;
  actions?: ReactNode;
}

export function PageHeader({ title, description, count, actions }: PageHeaderProps) {
  return (
    // The text takes the room the actions leave, so a long description wraps beside them instead
    // of pushing them onto a line of their own (the actions wrap only on narrow screens).
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }} maw="60rem">
        <Group gap="xs">
          <Title order={1} size="h2">
            {title}
          </Title>
          {count !== undefined && (
            <Badge variant="light" size="lg" circle={count < 10}>
              {count}
            </Badge>
          )}
        </Group>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
