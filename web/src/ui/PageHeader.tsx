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
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <Stack gap={4}>
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
