import type { RecordTypeDef } from '@kontor/domain/fields';
import type { ListView, ListViewState } from './listView';

const defaultColumnsOf = (record: RecordTypeDef) =>
  record.fields.filter((field) => field.defaultColumn).map((field) => field.key);

/**
 * The list's current state as a saved view stores it: the record type's default sort and columns
 * as null and empty, so a view keeps following the defaults if they change later.
 */
export function stateOfList(
  record: RecordTypeDef,
  view: Pick<ListView, 'filters' | 'sort' | 'columns'>,
): ListViewState {
  const defaultColumns = defaultColumnsOf(record);
  return {
    filters: view.filters,
    sort: view.sort === record.defaultSort ? null : view.sort,
    columns: view.columns.join(',') === defaultColumns.join(',') ? [] : view.columns,
  };
}

/** True when the list shows exactly what the saved state describes ("Änderungen speichern" hides). */
export function showsState(
  record: RecordTypeDef,
  view: Pick<ListView, 'filters' | 'sort' | 'columns'>,
  saved: ListViewState,
): boolean {
  const current = stateOfList(record, view);
  const savedColumns = record.fields.map((field) => field.key).filter((key) => saved.columns.includes(key));
  const sameFilters =
    Object.keys(current.filters).length === Object.keys(saved.filters).length &&
    Object.entries(current.filters).every(([key, text]) => saved.filters[key] === text);
  return (
    sameFilters &&
    (current.sort ?? record.defaultSort) === (saved.sort ?? record.defaultSort) &&
    current.columns.join(',') ===
      (savedColumns.join(',') === defaultColumnsOf(record).join(',') ? '' : savedColumns.join(','))
  );
}
