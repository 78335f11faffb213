import { DOCUMENT } from '@kontor/domain/documents';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(DOCUMENT, key);
  if (!found) throw new Error(`document field ${key} is not declared`);
  return found;
}

/**
 * Where each filterable or sortable document field lives in SQL (joins as in
 * DocumentRepository.base). The linked record's name is not among them: it lives in another
 * module's table and is filled in for the page's rows only, through the record directory.
 */
export const DOCUMENT_COLUMNS: ListColumns = {
  fileName: {
    field: field('fileName'),
    column: 'documents.file_name',
    keyColumn: 'documents.file_name_key',
    notNull: true,
  },
  mediaType: { field: field('mediaType'), column: 'documents.media_type', notNull: true },
  size: { field: field('size'), column: 'documents.size', notNull: true },
  uploadedBy: { field: field('uploadedBy'), column: 'uploader.name' },
  createdAt: { field: field('createdAt'), column: 'documents.created_at', notNull: true },
};
