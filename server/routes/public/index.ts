import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { getPublicMovement, listPublicMovements } from '../../services/movements.ts';
import { movementDetail, movementSummary } from './schema.ts';

/** What citizens see without signing in. */
export const publicRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['public'];
  app.get(
    '/public/movements',
    { schema: { tags, response: { 200: z.array(movementSummary) } } },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return listPublicMovements(deps);
    },
  );

  app.get(
    '/public/movements/:code',
    {
      schema: {
        tags,
        params: z.object({ code: z.string().min(1).max(100) }),
        response: { 200: movementDetail },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return getPublicMovement(deps, request.params.code);
    },
  );
};
