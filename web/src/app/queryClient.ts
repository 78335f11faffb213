import { QueryClient } from '@tanstack/react-query';
import { ApiError, onUnauthorized } from '../ui/api';
import { clearSession } from '../ui/session';

/** Retries only what may succeed on a second try: never client errors such as 401, 403 or 404. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
  });
  // An ended session clears all cached data; the sign-in guard then sends the user to /login.
  onUnauthorized(() => clearSession(queryClient));
  return queryClient;
}
