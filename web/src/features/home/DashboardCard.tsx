import { Anchor, Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/states';

/** What a card needs to know of the query behind it. */
export interface CardQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * One card of the home dashboard: a titled region with a link to the full list or report, a
 * skeleton while its figures load and the error with a retry when they failed.
 */
export function DashboardCard({
  title,
  icon,
  more,
  query,
  children,
}: {
  title: string;
  icon: ReactNode;
  /** The full list behind the card: where to go and what the link says. */
  more?: { to: string; label: string };
  query: CardQuery;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Group gap="xs" wrap="nowrap" mb="sm">
        {icon}
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
      </Group>
      {query.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={36} width="60%" />
          <Skeleton height={16} />
          <Skeleton height={16} width="80%" />
        </Stack>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        children
      )}
      {/* At the foot, so a long title never squeezes it: the card's way to everything behind it. */}
      {more && (
        <Group justify="flex-end" mt="auto" pt="sm">
          <Anchor component={Link} to={more.to} size="sm">
            <Group gap={2} component="span" wrap="nowrap">
              {more.label}
              <IconChevronRight size={14} aria-hidden />
            </Group>
          </Anchor>
        </Group>
      )}
    </Card>
  );
}
