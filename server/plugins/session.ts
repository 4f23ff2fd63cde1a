import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, unauthenticated } from '../../shared/errors.ts';
import { isSecureTransport } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../policies/actor.ts';
import { resolveSession, type SessionContext } from '../services/auth.ts';

export const sessionCookie = 'thidua_session';
export const csrfHeader = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    auth: SessionContext | undefined;
    /** Reached over HTTPS (PUBLIC_URL https, a trusted proxy, or TLS): Secure cookie and HSTS. */
    secureTransport: boolean;
  }
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The request's actor, or 401. Handlers call this; policies then decide the rest. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.auth) throw unauthenticated();
  return request.auth.actor;
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  expiresAt: Date,
) {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.secureTransport,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookie, { path: '/' });
}

/**
 * Resolves the session cookie to `request.auth`, and guards every state-changing request:
 * a signed-in request must echo the session's CSRF token in X-CSRF-Token, and any request
 * that names a foreign Origin is refused (SameSite=Lax plus JSON-only bodies cover sign-in).
 */
export const sessionPlugin = fp(async (app: FastifyInstance, opts: { deps: Deps }) => {
  await app.register(cookie);
  app.decorateRequest('auth', undefined);
  app.decorateRequest('secureTransport', false);
  app.addHook('onRequest', async (request, reply) => {
    request.secureTransport = isSecureTransport(opts.deps.config, request.protocol);
    if (request.secureTransport)
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookie];
    // A cookie is honoured only on its own tenant's host (ADR 0020); elsewhere it is signed out.
    // Public reads are the same for everyone: a visitor's session is not even looked up.
    request.auth =
      token && request.tenant && !request.url.startsWith('/api/public/')
        ? await resolveSession(opts.deps, request.tenant.id, token)
        : undefined;
    if (!unsafeMethods.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin && originHost(origin) !== request.headers.host)
      throw new AppError(403, 'csrf_failed');
    if (request.auth && request.headers[csrfHeader] !== request.auth.csrfToken)
      throw new AppError(403, 'csrf_failed');
  });
});
