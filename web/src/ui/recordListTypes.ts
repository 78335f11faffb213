import type { FieldDef, RecordTypeDef } from '@kontor/domain/fields';
import type { ReactNode } from 'react';
import type { BulkPermissions } from './BulkActionBar';
import type { ExtraExportFormat } from './ExportMenu';

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
  /** Download formats besides CSV and Excel that this list's export offers. */
  exportFormats?: ExtraExportFormat[];
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

export interface Selection {
  selected: ReadonlySet<string>;
  allSelected: boolean;
  someSelected: boolean;
  toggle: (id: string) => void;
  toggleAll: () => void;
}

/** For `.filter`: the columns whose field the record type still has. */
export function isField(field: FieldDef | undefined): field is FieldDef {
  return field !== undefined;
}
