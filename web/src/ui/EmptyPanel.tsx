import { Card, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyPanelProps {
  icon: ReactNode;
  title: string;
  description: string;
  action?: ReactNode;
}

/** An empty list: what the page is for and the first thing to do. */
export function EmptyPanel({ icon, title, description, action }: EmptyPanelProps) {
  return (
    <Card withBorder padding="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>{icon}</EmptyState.Indicator>
        <EmptyState.Title order={2}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
      </EmptyState>
    </Card>
  );
}
