import { z } from 'zod';
import { ATTACHABLE_TYPES } from './activities.js';
import type { RecordTypeDef } from './fields.js';

/** Longest file name kept, in UTF-8 bytes: what common file systems allow for one name. */
export const MAX_FILE_NAME_BYTES = 255;

/** Why a file name is refused, or null when it is fine (A9). */
export type FileNameProblem = 'empty' | 'too-long' | 'path' | 'control';

/**
 * Checks an uploaded file's name before anything is stored. Names travel into
 * Content-Disposition headers and into the users' download folders, so path separators, `..`
 * and control characters are refused rather than silently changed.
 */
export function fileNameProblem(name: string): FileNameProblem | null {
  if (name.trim() === '') return 'empty';
  if (new TextEncoder().encode(name).length > MAX_FILE_NAME_BYTES) return 'too-long';
  if (/[/\\]/.test(name) || name.includes('..') || name.trim() === '.') return 'path';
  if ([...name].some((char) => isControlLike(char.codePointAt(0) ?? 0))) return 'control';
  return null;
}

// C0 and C1 controls, DEL, line/paragraph separators and the bidi overrides and isolates that
// make a name display as something else (an "exe" shown as "pdf").
function isControlLike(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Documents as lists, filters and exports see them. */
export const DOCUMENT: RecordTypeDef = {
  type: 'document',
  label: { singular: { de: 'Dokument', en: 'Document' }, plural: { de: 'Dokumente', en: 'Documents' } },
  defaultSort: '-createdAt',
  // The record first: the list's first cell links to it; the file name links to the download.
  fields: [
    {
      key: 'linkedName',
      kind: 'text',
      label: { de: 'Gehört zu', en: 'Belongs to' },
      defaultColumn: true,
    },
    {
      key: 'fileName',
      kind: 'text',
      label: { de: 'Dateiname', en: 'File name' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'mediaType',
      kind: 'text',
      label: { de: 'Dateityp', en: 'File type' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'size',
      kind: 'number',
      // Shown as KB/MB; filtered in bytes (">1000000").
      label: { de: 'Größe', en: 'Size' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'uploadedBy',
      kind: 'text',
      label: { de: 'Hochgeladen von', en: 'Uploaded by' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'createdAt',
      kind: 'datetime',
      label: { de: 'Hochgeladen am', en: 'Uploaded at' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
  ],
};

export const documentRecordParams = z.object({
  recordType: z.enum(ATTACHABLE_TYPES),
  recordId: z.string().min(1).max(64),
});

export const documentSchema = z.object({
  id: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  /** The record's name; null when the caller may not see it (lists show only visible ones). */
  linkedName: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedById: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type DocumentItem = z.infer<typeof documentSchema>;

export const documentSettingsSchema = z.object({ uploadLimit: z.number().int() });

/** The API path of a document's file. */
export const documentDownloadPath = (id: string) => `/api/documents/${encodeURIComponent(id)}/download`;
