import {
  acceptInvitationSchema,
  changePasswordSchema,
  invitationSchema,
  loginInputSchema,
  sessionSchema,
  setupInputSchema,
  setupStatusSchema,
} from '@kontor/domain/users';
import { z } from 'zod';
import { requireBrowserSession } from '../../platform/auth/access.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/session-cookie.js';
import { unauthorized } from '../../platform/http/problem.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { UserService } from '../users/service.js';
import type { AuthService } from './service.js';

const tokenParams = z.object({ token: z.string().min(1).max(200) });

export function authRoutes(
  app: Api,
  deps: { auth: AuthService; users: UserService; publicUrl: string | undefined },
): void {
  const { auth, users, publicUrl } = deps;

  app.get(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Whether the first admin still has to be created',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ setupRequired: await users.setupRequired() }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Create the first admin (only while no user exists)',
        body: setupInputSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => {
      const user = await users.createFirstAdmin(request.body);
      const { session, payload } = await auth.open(user.id);
      setSessionCookie(request, reply, session, publicUrl);
      return reply.code(201).send(payload);
    },
  );

  app.post(
    '/api/auth/login',
    {
      // Failed attempts are throttled per account and address in the service; this caps the
      // password hashing work one address can cause at all.
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password; sets the session cookie',
        body: loginInputSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const { session, payload } = await auth.login(request.body.email, request.body.password, request.ip);
      setSessionCookie(request, reply, session, publicUrl);
      return reply.send(payload);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The current session', response: { 200: sessionSchema } },
    },
    async (request) => {
      const principal = principalOf(request);
      if (principal.via !== 'session' || !principal.csrfToken) throw unauthorized('browser-session-only');
      return auth.payload(principal.userId, principal.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'End this session' } },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.sessionId) await auth.logout(principal.sessionId);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/logout-all',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'End every session of the calling user' },
    },
    async (request, reply) => {
      await auth.logoutEverywhere(principalOf(request).userId);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/users/me/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['users'],
        summary: 'Change own password (browser session only); ends all other sessions',
        body: changePasswordSchema,
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      requireBrowserSession(principal);
      await auth.changePassword(principal, request.body);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Who an invitation is for',
        params: tokenParams,
        response: { 200: invitationSchema },
      },
    },
    (request) => users.invitation(request.params.token),
  );

  app.post(
    '/api/invitations/:token',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation by setting a password; logs in',
        params: tokenParams,
        body: acceptInvitationSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const userId = await users.acceptInvitation(request.params.token, request.body);
      const { session, payload } = await auth.open(userId);
      setSessionCookie(request, reply, session, publicUrl);
      return reply.send(payload);
    },
  );
}
