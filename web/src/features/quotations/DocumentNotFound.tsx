import { Button, Card, EmptyState } from '@mantine/core';
import { IconArrowLeft, IconFileOff } from '@tabler/icons-react';
import { Link } from 'react-router';

/** A quotation or order that does not exist (any more), or that the user may not see. */
export function DocumentNotFound({
  title,
  text,
  listPath,
  backLabel,
}: {
  title: string;
  text: string;
  listPath: string;
  backLabel: string;
}) {
  return (
    <Card withBorder padding="xl" maw={640} mx="auto" mt="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <IconFileOff aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{title}</EmptyState.Title>
        <EmptyState.Description>{text}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to={listPath} leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {backLabel}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
