import type { Permission, RoleKey, Visibility } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';

/** Who is making a request, resolved once per request by the access hook. */
export interface Principal {
  userId: string;
  role: RoleKey;
  language: Language;
  permissions: readonly Permission[];
  /** Which records this user sees: own, own and their teams' members', or all. */
  visibility: Visibility;
  teamIds: readonly string[];
  via: 'session' | 'token';
  /** Set for cookie sessions: the session row id (a digest) and the CSRF token bound to it. */
  sessionId?: string;
  csrfToken?: string;
  /** Set when this request extended the session, so the cookie's expiry moves along. */
  renewedUntil?: Date;
}
