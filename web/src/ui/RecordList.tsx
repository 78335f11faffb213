import { Button, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { type InfiniteData, keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkActionBar } from './BulkActionBar';
import { ColumnChooser } from './ColumnChooser';
import { EmptyPanel } from './EmptyPanel';
import { ExportMenu } from './ExportMenu';
import { FilterHelp } from './FilterHelp';
import { filterErrorsOf } from './filterErrors';
import { ListHead } from './ListHead';
import { ListRow } from './ListRow';
import { LoadMore } from './LoadMore';
import { useListView } from './listView';
import type { ListPage, RecordListProps, Selection } from './recordListTypes';
import { SavedViewMenu } from './SavedViewMenu';
import { ErrorState, TableSkeleton } from './states';
import { useListShortcuts } from './useListShortcuts';

/**
 * A list of records per UX.md "List": sortable headers, a filter box in the filter language under
 * every filterable column, a column chooser, keyset paging with "load more" (and on scroll), and the
 * view kept in the URL. Driven entirely by the record type's field metadata.
 */
export function RecordList<T>(props: RecordListProps<T>) {
  const { record, queryKey, fetchPage, pageSize = 50 } = props;
  const { t } = useTranslation();
  const view = useListView(record);
  const tableRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const hasFilters = Object.keys(view.filters).length > 0;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectable = Boolean(props.bulk && props.apiPath && (props.bulk.write || props.bulk.delete));

  // Another filter or order is another set of rows: what was selected before no longer applies.
  const viewKey = JSON.stringify([view.filters, view.sort]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view key is the trigger
  useEffect(() => setSelected(new Set()), [viewKey]);

  const query = useInfiniteQuery({
    queryKey: [...queryKey, 'list', { filter: view.filters, sort: view.sort, limit: pageSize }],
    queryFn: ({ pageParam }) =>
      fetchPage({ filter: view.filters, sort: view.sort, limit: pageSize, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

  // A malformed filter answers 400: the rows shown before stay, the message goes under its box.
  const lastGood = useRef<InfiniteData<ListPage<T>, unknown> | undefined>(undefined);
  useEffect(() => {
    if (query.data && !query.isPlaceholderData) lastGood.current = query.data;
  }, [query.data, query.isPlaceholderData]);
  const filterErrors = filterErrorsOf(query.error);
  const data = query.data ?? (filterErrors ? lastGood.current : undefined);

  useListShortcuts(tableRef, props.onNew);

  if (!data && !filterErrors) {
    if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
    return <TableSkeleton rows={8} />;
  }
  const rows = data?.pages.flatMap((page) => page.items) ?? [];
  if (rows.length === 0 && !hasFilters && !filterErrors && !query.isFetching) {
    return <EmptyPanel {...props.empty} />;
  }
  const loadedIds = rows.map(props.rowId);
  const selectedIds = loadedIds.filter((id) => selected.has(id));
  const selection: Selection | undefined = selectable
    ? {
        selected,
        allSelected: loadedIds.length > 0 && selectedIds.length === loadedIds.length,
        someSelected: selectedIds.length > 0,
        toggle: (id) =>
          setSelected((current) => {
            const next = new Set(current);
            if (!next.delete(id)) next.add(id);
            return next;
          }),
        toggleAll: () =>
          setSelected(selectedIds.length === loadedIds.length ? new Set() : new Set(loadedIds)),
      }
    : undefined;
  const columnCount = view.columns.length + (selection ? 1 : 0);

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <SavedViewMenu record={record} view={view} />
          <FilterHelp />
          {hasFilters && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={18} aria-hidden />}
              onClick={view.resetFilters}
            >
              {t('list.resetFilters')}
            </Button>
          )}
          {query.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        <Group gap="xs">
          {props.apiPath && (
            <ExportMenu apiPath={props.apiPath} view={view} extraFormats={props.exportFormats} />
          )}
          <ColumnChooser record={record} columns={view.columns} onChange={view.setColumns} />
        </Group>
      </Group>
      {selection && props.bulk && props.apiPath && selectedIds.length > 0 && (
        <BulkActionBar
          record={record}
          apiPath={props.apiPath}
          ids={selectedIds}
          permissions={props.bulk}
          onClear={() => setSelected(new Set())}
          onDone={() => {
            setSelected(new Set());
            void queryClient.invalidateQueries({ queryKey });
          }}
        />
      )}
      <Card withBorder padding={0} ref={tableRef}>
        <Table.ScrollContainer minWidth={Math.max(480, view.columns.length * 150 + (selection ? 48 : 0))}>
          <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
            <ListHead<T> {...props} view={view} filterErrors={filterErrors ?? {}} selection={selection} />
            <Table.Tbody>
              {rows.map((row) => (
                <ListRow<T>
                  key={props.rowId(row)}
                  {...props}
                  row={row}
                  columns={view.columns}
                  selection={selection}
                />
              ))}
              {rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={columnCount}>
                    <Stack align="center" gap="xs" py="lg">
                      <Text fw={600}>{t('list.noMatches')}</Text>
                      <Text size="sm" c="dimmed">
                        {t('list.noMatchesHint')}
                      </Text>
                      {hasFilters && (
                        <Button
                          variant="light"
                          leftSection={<IconFilterOff size={18} aria-hidden />}
                          onClick={view.resetFilters}
                        >
                          {t('list.resetFilters')}
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {query.hasNextPage && !filterErrors && (
        <LoadMore loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
      )}
    </Stack>
  );
}
