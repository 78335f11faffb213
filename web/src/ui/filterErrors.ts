import { ApiError } from './api';

/** The messages of a 400 answer about the filter, by column; none for any other error. */
export function filterErrorsOf(error: unknown): Record<string, string> | null {
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
