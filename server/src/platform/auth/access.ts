import { timingSafeEqual } from 'node:crypto';
import { hasPermission, type Permission } from '@kontor/domain/permissions';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from '../http/problem.js';
import type { Principal } from './principal.js';
import { SESSION_COOKIE, setSessionCookie } from './session-cookie.js';
import type { SessionManager } from './sessions.js';

/**
 * Who may call a route, declared on every API route: `public`, `authenticated` (any logged-in
 * user) or one permission. An API route without it fails at start-up, so nothing is open by
 * accident; routes outside /api (the web app's files) are public.
 */
export type Access = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerAccessControl(
  app: FastifyInstance,
  sessions: SessionManager,
  options: { publicUrl: string | undefined },
): void {
  app.decorateRequest('principal', null);

  app.addHook('onRoute', (route) => {
    if (route.config?.access) return;
    // Routes that plugins register: the docs UI needs a login, the web app's files do not.
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) {
      const access = route.url.startsWith('/api/docs') ? 'authenticated' : 'public';
      route.config = { ...route.config, access };
      return;
    }
    throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
  });

  app.addHook('onRequest', async (request, reply) => {
    if (UNSAFE_METHODS.has(request.method)) checkOrigin(request, options.publicUrl);
    // Decided by the matched route, never by the raw URL: the router decodes `/%61pi/…` to `/api/…`.
    const access = request.routeOptions.config?.access;
    // No access rule means no route matched: the not-found handler answers.
    if (!access) return;
    const isApi = request.routeOptions.url?.startsWith('/api') ?? false;
    if (access === 'public' && !isApi) return;
    request.principal = await resolvePrincipal(request, sessions);
    const principal = request.principal;
    if (principal?.renewedUntil) {
      setSessionCookie(
        request,
        reply,
        { token: String(request.cookies[SESSION_COOKIE]), expiresAt: principal.renewedUntil },
        options.publicUrl,
      );
    }
    if (access === 'public') return;
    if (!principal) throw unauthorized();
    if (principal.via === 'session' && UNSAFE_METHODS.has(request.method)) {
      if (!sameSecret(request.headers[CSRF_HEADER], principal.csrfToken)) throw forbidden('csrf');
    }
    if (access !== 'authenticated' && !hasPermission(principal.permissions, access)) throw forbidden();
  });
}

async function resolvePrincipal(
  request: FastifyRequest,
  sessions: SessionManager,
): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S{1,200})$/i.exec(authorization);
    const principal = match?.[1] ? await sessions.fromApiToken(match[1]) : null;
    // A presented but unusable token is an error even on public routes: the caller meant to authenticate.
    if (!principal) throw unauthorized('invalid-api-token');
    return principal;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie && cookie.length <= 200 ? sessions.fromSessionToken(cookie) : null;
}

/** Constant-time comparison, so response timing reveals nothing about the expected token. */
function sameSecret(sent: string | string[] | undefined, expected: string | undefined): boolean {
  if (typeof sent !== 'string' || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Browsers send Origin on cross-site writes; refusing foreign origins blocks login CSRF too. */
function checkOrigin(request: FastifyRequest, publicUrl: string | undefined): void {
  const origin = request.headers.origin;
  if (!origin) return;
  const expected = publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`;
  if (origin !== expected) throw forbidden('foreign-origin');
}

/** For actions that must come from a person at a browser, not from an API token. */
export function requireBrowserSession(principal: Principal): void {
  if (principal.via !== 'session') throw forbidden('browser-session-only');
}
