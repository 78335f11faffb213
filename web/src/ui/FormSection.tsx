import { Card, SimpleGrid, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A card of a record form: a heading over its fields in two columns. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {children}
      </SimpleGrid>
    </Card>
  );
}
