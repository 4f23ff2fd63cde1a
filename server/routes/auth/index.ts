import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../plugins/session.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import { presentMe } from '../../presenters/me.ts';
import { changePassword, resolveSession, signIn, signOut } from '../../services/auth.ts';
import { loadMe } from '../../services/me.ts';
import { changePasswordBody, loginBody, meResponse } from '../../../shared/contracts/auth.ts';
import { noContent } from '../../../shared/contracts/common.ts';
import { unauthenticated } from '../../../shared/errors.ts';

export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/auth/login',
    { schema: { tags: ['auth'], body: loginBody, response: { 200: meResponse } } },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const session = await signIn(deps, tenant.id, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(reply, request, session.token, session.expiresAt);
      const context = await resolveSession(deps, tenant.id, session.token);
      if (!context) throw unauthenticated();
      return presentMe(await loadMe(deps, context));
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: noContent } },
    async (request, reply) => {
      if (request.auth) await signOut(deps, request.auth);
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.get('/me', { schema: { tags: ['auth'], response: { 200: meResponse } } }, async (request) => {
    requireActor(request);
    return presentMe(await loadMe(deps, request.auth!));
  });

  app.post(
    '/me/password',
    { schema: { tags: ['auth'], body: changePasswordBody, response: noContent } },
    async (request, reply) => {
      requireActor(request);
      await changePassword(deps, request.auth!, request.body);
      return reply.status(204).send();
    },
  );
};
