import type { FieldDef, RecordTypeDef } from '@kontor/domain/fields';
import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowsSort, IconArrowUp, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { type InfiniteData, keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { type MouseEvent, type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from './api';
import { BulkActionBar, type BulkPermissions } from './BulkActionBar';
import { ColumnChooser } from './ColumnChooser';
import { EmptyPanel } from './EmptyPanel';
import { ExportMenu } from './ExportMenu';
import { FilterHelp } from './FilterHelp';
import { useFieldFormat, useLabel } from './fieldFormat';
import { isOverlayOpen, isTyping } from './keyboard';
import { useListView } from './listView';
import { ErrorState, TableSkeleton } from './states';

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ListParams {
  filter: Record<string, string>;
  sort: string;
  limit: number;
  cursor?: string;
}

export interface RecordListProps<T> {
  /** The record type's fields decide the columns, sorting, filters and cell formats. */
  record: RecordTypeDef;
  /** The record type's query key; the list adds its view to it. */
  queryKey: readonly unknown[];
  fetchPage: (params: ListParams) => Promise<ListPage<T>>;
  rowId: (row: T) => string;
  rowHref: (row: T) => string;
  /** What a screen reader hears for the row's checkbox ("Auswählen: Müller GmbH"). */
  rowLabel?: (row: T) => string;
  /** The list's API path (`/api/contacts`): with it the list offers export (`…/export`). */
  apiPath?: string;
  /** With these, rows get checkboxes and selected ones bulk actions (`POST …/bulk`). */
  bulk?: BulkPermissions;
  /** Cells that need more than the default by-kind formatting of `row[field.key]`. */
  cells?: Partial<Record<string, (row: T) => ReactNode>>;
  /** The empty state when there are no records at all: what the page is for, and the first action. */
  empty: { icon: ReactNode; title: string; description: string; action?: ReactNode };
  /** What `n` does on this page (typically: open the "new" form); none when the user may not create. */
  onNew?: () => void;
  pageSize?: number;
}

const FILTER_DEBOUNCE_MS = 300;

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
          {props.apiPath && <ExportMenu apiPath={props.apiPath} view={view} />}
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

interface Selection {
  selected: ReadonlySet<string>;
  allSelected: boolean;
  someSelected: boolean;
  toggle: (id: string) => void;
  toggleAll: () => void;
}

function ListHead<T>({
  record,
  view,
  filterErrors,
  selection,
}: RecordListProps<T> & {
  view: ReturnType<typeof useListView>;
  filterErrors: Record<string, string>;
  selection?: Selection;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const fields = view.columns.map((key) => record.fields.find((field) => field.key === key)).filter(isField);
  const descending = view.sort.startsWith('-');
  const sortKey = descending ? view.sort.slice(1) : view.sort;

  return (
    <Table.Thead>
      <Table.Tr>
        {selection && (
          <Table.Th w={48} rowSpan={2} style={{ verticalAlign: 'top' }}>
            <Checkbox
              aria-label={t('bulk.selectAll')}
              checked={selection.allSelected}
              indeterminate={selection.someSelected && !selection.allSelected}
              onChange={selection.toggleAll}
            />
          </Table.Th>
        )}
        {fields.map((field) => {
          const sorted = field.key === sortKey;
          const ariaSort = sorted
            ? descending
              ? 'descending'
              : 'ascending'
            : field.sortable
              ? 'none'
              : undefined;
          return (
            <Table.Th key={field.key} aria-sort={ariaSort} style={{ whiteSpace: 'nowrap' }}>
              {field.sortable ? (
                <UnstyledButton
                  onClick={() => view.setSort(sorted && !descending ? `-${field.key}` : field.key)}
                  fw={700}
                  fz="sm"
                >
                  <Group gap={4} wrap="nowrap">
                    {label(field.label)}
                    {sorted ? (
                      descending ? (
                        <IconArrowDown size={14} aria-hidden />
                      ) : (
                        <IconArrowUp size={14} aria-hidden />
                      )
                    ) : (
                      <IconArrowsSort size={14} aria-hidden opacity={0.5} />
                    )}
                  </Group>
                </UnstyledButton>
              ) : (
                label(field.label)
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
      <Table.Tr>
        {fields.map((field) => (
          <Table.Th key={field.key} fw={400} py={6} style={{ verticalAlign: 'top' }}>
            {field.filterable && (
              <FilterBox
                label={t('list.filterFor', { field: label(field.label) })}
                value={view.filters[field.key] ?? ''}
                error={filterErrors[field.key]}
                onCommit={(text) => view.setFilter(field.key, text)}
              />
            )}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/**
 * One column's filter box: typed text reaches the URL (and the server) after a short pause, or at
 * once on Enter; a change of the URL from outside (reset, back) replaces what is in the box.
 */
function FilterBox({
  label,
  value,
  error,
  onCommit,
}: {
  label: string;
  value: string;
  error?: string;
  onCommit: (text: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [debounced] = useDebouncedValue(draft, FILTER_DEBOUNCE_MS);
  const committed = useRef(value);

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setDraft(value);
    }
  }, [value]);

  // Only a new pause in typing commits; an old debounced value must not undo a reset from outside.
  const lastDebounced = useRef(debounced);
  useEffect(() => {
    if (debounced === lastDebounced.current) return;
    lastDebounced.current = debounced;
    if (debounced !== committed.current) {
      committed.current = debounced;
      onCommit(debounced);
    }
  }, [debounced, onCommit]);

  return (
    <TextInput
      size="xs"
      data-list-filter
      aria-label={label}
      placeholder="…"
      leftSection={<IconSearch size={14} aria-hidden />}
      value={draft}
      error={error}
      styles={{ error: { whiteSpace: 'normal', fontWeight: 400 } }}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && draft !== committed.current) {
          committed.current = draft;
          onCommit(draft);
        }
      }}
    />
  );
}

function ListRow<T>({
  record,
  row,
  columns,
  cells,
  rowHref,
  rowId,
  rowLabel,
  selection,
}: RecordListProps<T> & { row: T; columns: string[]; selection?: Selection }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFieldFormat();
  const href = rowHref(row);
  const fields = columns.map((key) => record.fields.find((field) => field.key === key)).filter(isField);

  // The first cell holds the real link (keyboard, middle click); a click anywhere else on the row opens it too.
  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (
      event.target instanceof Element &&
      event.target.closest('a, button, input, label, [data-select-cell]')
    )
      return;
    if (window.getSelection()?.toString()) return;
    navigate(href);
  };

  const id = rowId(row);
  const isSelected = selection?.selected.has(id) ?? false;
  return (
    <Table.Tr
      onClick={onClick}
      style={{ cursor: 'pointer' }}
      bg={isSelected ? 'var(--mantine-primary-color-light)' : undefined}
    >
      {selection && (
        <Table.Td data-select-cell w={48}>
          <Checkbox
            aria-label={t('bulk.selectRow', { name: rowLabel ? rowLabel(row) : id })}
            checked={isSelected}
            onChange={() => selection.toggle(id)}
          />
        </Table.Td>
      )}
      {fields.map((field, index) => {
        const custom = cells?.[field.key];
        const content = custom
          ? custom(row)
          : format.cell(field, (row as Record<string, unknown>)[field.key]);
        return (
          <Table.Td key={field.key} miw={index === 0 ? 200 : undefined}>
            {index === 0 ? (
              <Anchor component={Link} to={href} fw={500} size="sm">
                {content}
              </Anchor>
            ) : (
              content
            )}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

/** "Load more", and the same automatically when the end of the list scrolls into view. */
function LoadMore({ loading, onLoad }: { loading: boolean; onLoad: () => void }) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  const onLoadRef = useRef(onLoad);
  onLoadRef.current = onLoad;

  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadRef.current();
      },
      { rootMargin: '400px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <Group justify="center" ref={sentinel}>
      <Button variant="default" loading={loading} onClick={onLoad}>
        {t('list.loadMore')}
      </Button>
    </Group>
  );
}

/** `n` opens "new", `/` jumps into the first filter box (until a global search claims `/`). */
function useListShortcuts(tableRef: RefObject<HTMLDivElement | null>, onNew?: () => void) {
  const onNewRef = useRef(onNew);
  onNewRef.current = onNew;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || isOverlayOpen()) return;
      if (event.key === 'n' && onNewRef.current) {
        event.preventDefault();
        onNewRef.current();
      } else if (event.key === '/') {
        const input = tableRef.current?.querySelector<HTMLInputElement>('input[data-list-filter]');
        if (input) {
          event.preventDefault();
          input.focus();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [tableRef]);
}

function filterErrorsOf(error: unknown): Record<string, string> | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const result: Record<string, string> = {};
  for (const fieldError of error.problem.errors ?? []) {
    if (fieldError.path.startsWith('filter.')) {
      const key = fieldError.path.slice('filter.'.length);
      result[key] = result[key] ? `${result[key]} ${fieldError.message}` : fieldError.message;
    }
  }
  return Object.keys(result).length > 0 ? result : null;
}

function isField(field: FieldDef | undefined): field is FieldDef {
  return field !== undefined;
}
