import type { RecordTypeDef } from '@kontor/domain/fields';
import { useSearchParams } from 'react-router';

const FILTER_PREFIX = 'filter.';
const VIEW_PARAM = 'view';

/** What a saved view stores: sort and columns null/empty when they are the record type's defaults. */
export interface ListViewState {
  filters: Record<string, string>;
  sort: string | null;
  columns: string[];
}

export interface ListView {
  /** A field key, `-` in front for descending. */
  sort: string;
  /** Filter text per field key, as typed; only non-empty ones. */
  filters: Record<string, string>;
  /** The visible columns' keys, in the record type's field order. */
  columns: string[];
  setSort: (sort: string) => void;
  setFilter: (key: string, text: string) => void;
  setColumns: (keys: string[]) => void;
  resetFilters: () => void;
  /** The saved view the list was opened from (`?view=id`), or null. */
  viewId: string | null;
  /** Opens a saved view (its state replaces sort, filters and columns), or "all" with null and no state. */
  applyView: (id: string | null, state?: ListViewState) => void;
}

/**
 * A list's view — sort, filters, columns — lives in the URL (`?sort=-name&filter.name=Mül*&cols=name,city`),
 * so reload, back and a shared link show the same list. Defaults are left out of the URL.
 */
export function useListView(record: RecordTypeDef): ListView {
  const [params, setParams] = useSearchParams();
  const known = new Set(record.fields.map((field) => field.key));
  const defaultColumns = record.fields.filter((field) => field.defaultColumn).map((field) => field.key);

  const filters: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(FILTER_PREFIX) && value.trim() !== '')
      filters[key.slice(FILTER_PREFIX.length)] = value;
  }
  const chosen = params.get('cols')?.split(',') ?? [];
  const chosenKnown = record.fields.map((field) => field.key).filter((key) => chosen.includes(key));
  const columns = chosenKnown.length > 0 ? chosenKnown : defaultColumns;

  // Filter typing replaces the entry (no history step per keystroke) and keeps the scroll position.
  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return {
    sort: params.get('sort') || record.defaultSort,
    filters,
    columns,
    setSort: (sort) =>
      update((next) => (sort === record.defaultSort ? next.delete('sort') : next.set('sort', sort))),
    setFilter: (key, text) =>
      update((next) =>
        text.trim() === '' ? next.delete(FILTER_PREFIX + key) : next.set(FILTER_PREFIX + key, text),
      ),
    setColumns: (keys) =>
      update((next) => {
        const ordered = record.fields
          .map((field) => field.key)
          .filter((key) => keys.includes(key) && known.has(key));
        if (ordered.join(',') === defaultColumns.join(',') || ordered.length === 0) next.delete('cols');
        else next.set('cols', ordered.join(','));
      }),
    resetFilters: () =>
      update((next) => {
        for (const key of [...next.keys()]) if (key.startsWith(FILTER_PREFIX)) next.delete(key);
      }),
    viewId: params.get(VIEW_PARAM),
    applyView: (id, state) =>
      update((next) => {
        if (id === null) next.delete(VIEW_PARAM);
        else next.set(VIEW_PARAM, id);
        if (!state && id !== null) return;
        for (const key of [...next.keys()]) if (key.startsWith(FILTER_PREFIX)) next.delete(key);
        next.delete('sort');
        next.delete('cols');
        for (const [key, text] of Object.entries(state?.filters ?? {})) next.set(FILTER_PREFIX + key, text);
        if (state?.sort && state.sort !== record.defaultSort) next.set('sort', state.sort);
        const columns = (state?.columns ?? []).filter((key) => known.has(key));
        if (columns.length > 0 && columns.join(',') !== defaultColumns.join(','))
          next.set('cols', columns.join(','));
      }),
  };
}
