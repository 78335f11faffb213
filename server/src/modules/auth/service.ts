import type { Permission } from '@kontor/domain/permissions';
import type { changePasswordSchema, Session } from '@kontor/domain/users';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { CredentialRepository } from '../../platform/auth/credential-repository.js';
import { addressKey, type LoginThrottle } from '../../platform/auth/login-throttle.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { NewSession, SessionManager } from '../../platform/auth/sessions.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, unauthorized } from '../../platform/http/problem.js';
import type { UserService } from '../users/service.js';

/** Logging in and out, and the session payload the web app starts from. */
export class AuthService {
  private readonly credentials: CredentialRepository;

  constructor(
    db: Kysely<Database>,
    private readonly users: UserService,
    private readonly sessions: SessionManager,
    private readonly throttle: LoginThrottle,
  ) {
    this.credentials = new CredentialRepository(db);
  }

  /** Checks the password (rate-limited per account and per client address) and opens a session. */
  async login(
    email: string,
    password: string,
    clientIp: string,
  ): Promise<{ session: NewSession; payload: Session }> {
    const account = `account:${email}`;
    const address = addressKey(clientIp);
    const waitMs = this.throttle.tryAttempt([account, address]);
    if (waitMs > 0) throw tooManyAttempts(waitMs);
    const user = await this.users.authenticate(email, password);
    if (!user) throw unauthorized('login-failed');
    this.throttle.reset(account);
    this.throttle.release(address);
    return this.open(user.id);
  }

  /**
   * Changes the own password after checking the current one — throttled like a login, since a
   * stolen session must not become a password oracle — and ends every other session.
   */
  async changePassword(principal: Principal, input: z.output<typeof changePasswordSchema>): Promise<void> {
    const key = `password:${principal.userId}`;
    const waitMs = this.throttle.tryAttempt([key]);
    if (waitMs > 0) throw tooManyAttempts(waitMs);
    await this.users.changePassword(principal.userId, input);
    this.throttle.reset(key);
    await this.sessions.endAllOf(principal.userId, principal.sessionId);
  }

  /** Opens a session for a user who just proved who they are (setup, invitation, login). */
  async open(userId: string): Promise<{ session: NewSession; payload: Session }> {
    const session = await this.sessions.create(userId);
    return { session, payload: await this.payload(userId, session.csrfToken) };
  }

  async payload(userId: string, csrfToken: string): Promise<Session> {
    const principal = await this.credentials.findActivePrincipal(userId);
    if (!principal) throw unauthorized();
    return {
      user: await this.users.get(userId),
      permissions: principal.permissions as Permission[],
      csrfToken,
    };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.end(sessionId);
  }

  logoutEverywhere(userId: string): Promise<void> {
    return this.sessions.endAllOf(userId);
  }
}

function tooManyAttempts(waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  return new AppError(429, 'too-many-login-attempts', {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}
