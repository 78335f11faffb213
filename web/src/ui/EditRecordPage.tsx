import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { ApiError } from './api';
import { ErrorState, TableSkeleton } from './states';

/**
 * The loading frame of every record's edit page: a skeleton while the record loads, the record's
 * own not-found page for a 404, the error with a retry otherwise, and then the form. The form is
 * keyed by the record so that moving to another record starts a fresh form.
 */
export function EditRecordPage<R extends { id: string }>({
  query,
  notFound,
  children,
}: {
  query: UseQueryResult<R>;
  notFound: ReactNode;
  /** `reload` fetches the latest version, for the conflict alert's reload button. */
  children: (record: R, reload: () => Promise<R | undefined>) => ReactNode;
}) {
  if (query.isPending) return <TableSkeleton rows={8} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return notFound;
    return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  }
  return (
    <Fragment key={query.data.id}>{children(query.data, async () => (await query.refetch()).data)}</Fragment>
  );
}
