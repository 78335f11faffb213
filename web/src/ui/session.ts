import { hasPermission, type Permission } from '@kontor/domain/permissions';
import { type Session, sessionSchema, setupStatusSchema, type User } from '@kontor/domain/users';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest, setCsrfToken } from './api';

export const sessionKey = ['session'] as const;
export const setupKey = ['setup'] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await apiRequest('/api/auth/session', { schema: sessionSchema, allowUnauthorized: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => apiRequest('/api/setup', { schema: setupStatusSchema }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Stores a session from setup, login or an accepted invitation. */
export function storeSession(queryClient: QueryClient, session: Session | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionKey, session);
}

/** Replaces the signed-in user after a profile change, keeping the rest of the session. */
export function storeCurrentUser(queryClient: QueryClient, user: User): void {
  queryClient.setQueryData<Session | null>(sessionKey, (session) =>
    session ? { ...session, user } : session,
  );
}

/** The current session; only for pages behind the sign-in guard. */
export function useCurrentSession(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession used outside the signed-in area');
  return data;
}

export function usePermission(permission: Permission): boolean {
  return hasPermission(useCurrentSession().permissions, permission);
}

/** Forgets the session and every cached record of the user who was signed in. */
export function clearSession(queryClient: QueryClient): void {
  storeSession(queryClient, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}

/** Signs out here or on every device; the caller decides where to go next. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return async (everywhere: boolean) => {
    try {
      await apiRequest(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', { method: 'POST' });
    } finally {
      clearSession(queryClient);
    }
  };
}
