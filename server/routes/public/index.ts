import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import { presentMovementDetail, presentMovementSummaries } from '../../presenters/movements.ts';
import { getPublicMovement, listPublicMovements } from '../../services/movements.ts';
import {
  movementCodeParams,
  movementDetail,
  movementList,
} from '../../../shared/contracts/movements.ts';

/** What citizens see without signing in. */
export const publicRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['public'];
  app.get(
    '/public/movements',
    { schema: { tags, response: { 200: movementList } } },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return presentMovementSummaries(await listPublicMovements(deps, tenantOf(request).id));
    },
  );

  app.get(
    '/public/movements/:code',
    {
      schema: {
        tags,
        params: movementCodeParams,
        response: { 200: movementDetail },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return presentMovementDetail(
        await getPublicMovement(deps, tenantOf(request).id, request.params.code),
      );
    },
  );
};
