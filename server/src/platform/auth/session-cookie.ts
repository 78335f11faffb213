import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'kontor_session';

/**
 * Sets the session cookie: HttpOnly, SameSite=Lax (links from e-mails into Kontor keep the
 * login), Secure whenever the browser reached Kontor over https — directly, or through a
 * trusted proxy, or as configured in KONTOR_PUBLIC_URL.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  publicUrl: string | undefined,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https' || (publicUrl?.startsWith('https://') ?? false),
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
