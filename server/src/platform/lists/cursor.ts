import { AppError } from '../http/problem.js';

/**
 * Keyset cursors: the sort value and id of the last row of a page, so the next page starts
 * right after it however many rows came before — no OFFSET scans over a million rows.
 * Opaque to clients (base64url JSON); tampering gives a 400, never a wrong page or a 500.
 */
export function encodeCursor(sortValue: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortValue: string | number; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [sortValue, id] = value;
      if ((typeof sortValue === 'string' || Number.isFinite(sortValue)) && typeof id === 'string') {
        return { sortValue: sortValue as string | number, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError(400, 'invalid-cursor');
}
