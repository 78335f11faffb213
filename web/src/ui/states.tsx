import { Alert, Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './problems';

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { title, detail } = describeError(error, t);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{detail ?? t('errors.tryAgain')}</Text>
        <Button
          size="xs"
          variant="white"
          color="red"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={onRetry}
        >
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" aria-busy="true" aria-label={t('common.loading')}>
      <Stack gap="sm">
        <Skeleton height={20} width="40%" />
        {Array.from({ length: rows }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Group key={index} gap="md" wrap="nowrap">
            <Skeleton height={14} width="25%" />
            <Skeleton height={14} width="35%" />
            <Skeleton height={14} width="20%" />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Stack p="xl" gap="md" maw={480} mx="auto" mt="20vh" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={32} width="50%" />
      <Skeleton height={16} />
      <Skeleton height={16} width="80%" />
    </Stack>
  );
}

/**
 * The four states of a fetched list, shown alike on every page: skeleton while loading, the
 * error with a retry, the empty state, or the items.
 */
export function ListStates<T>({
  query,
  skeletonRows,
  empty,
  children,
}: {
  query: UseQueryResult<T[]>;
  skeletonRows?: number;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (query.isPending) return <TableSkeleton rows={skeletonRows} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return query.data.length === 0 ? empty : children(query.data);
}
