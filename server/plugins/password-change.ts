import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../shared/errors.ts';

/** What a session whose password must still be changed may call (sign-in stays open for another account). */
const whilePending = new Set([
  'POST /api/me/password',
  'GET /api/me',
  'POST /api/auth/logout',
  'POST /api/auth/login',
]);

/** Routes that need no session answer as they would signed out: public pages, health, the API description. */
const sessionless = (route: string) =>
  route.startsWith('/api/public/') || route === '/api/health' || route === '/api/openapi.json';

/**
 * Until a generated or reset password is changed, the session reaches nothing else: every
 * other API route answers 403 `password_change_required`. Runs after the session plugin has
 * resolved `request.auth`; unknown routes still answer 404.
 */
export const passwordChangePlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request) => {
      if (!request.auth?.mustChangePassword) return;
      const route = request.routeOptions.url;
      if (route === undefined || sessionless(route)) return;
      if (!whilePending.has(`${request.method} ${route}`))
        throw new AppError(403, 'password_change_required');
    });
  },
  { name: 'password-change' },
);
