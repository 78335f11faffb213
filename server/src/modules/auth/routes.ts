import {
  acceptInvitationSchema,
  invitationSchema,
  loginInputSchema,
  sessionSchema,
  setupInputSchema,
  setupStatusSchema,
} from '@kontor/domain/users';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../../platform/auth/access.js';
import type { NewSession } from '../../platform/auth/sessions.js';
import { unauthorized } from '../../platform/http/problem.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { UserService } from '../users/service.js';
import type { AuthService } from './service.js';

const tokenParams = z.object({ token: z.string().min(1).max(200) });

export function authRoutes(
  app: Api,
  deps: { auth: AuthService; users: UserService; secureCookies: boolean },
): void {
  const { auth, users } = deps;

  const setSessionCookie = (reply: FastifyReply, session: NewSession) =>
    reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.secureCookies,
      expires: session.expiresAt,
    });

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
      return setSessionCookie(reply, session).code(201).send(payload);
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password; sets the session cookie',
        body: loginInputSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const { session, payload } = await auth.login(request.body.email, request.body.password, request.ip);
      return setSessionCookie(reply, session).send(payload);
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
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
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
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
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
      return setSessionCookie(reply, session).send(payload);
    },
  );
}
