import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { sendCached } from '../../plugins/cached-reply.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import { presentMovementDetail, presentMovementSummaries } from '../../presenters/movements.ts';
import { cachedAnswer } from '../../services/answer-cache.ts';
import { getPublicMovement, listPublicMovements } from '../../services/movements.ts';
import {
  movementCodeParams,
  movementDetail,
  movementList,
} from '../../../shared/contracts/movements.ts';

const publicCache = 'public, max-age=60';

/** What citizens see without signing in; computed once per change of the plan (ADR 0051). */
export const publicRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['public'];
  app.get(
    '/public/movements',
    { schema: { tags, response: { 200: movementList } } },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const body = await cachedAnswer(deps, tenantId, 'public.movements', '', async () =>
        JSON.stringify(
          z.encode(
            movementList,
            presentMovementSummaries(await listPublicMovements(deps, tenantId)),
          ),
        ),
      );
      return sendCached(request, reply, body, publicCache);
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
      const tenantId = tenantOf(request).id;
      const { code } = request.params;
      // Lead bodies are named as of today: the day is part of the key.
      const body = await cachedAnswer(
        deps,
        tenantId,
        'public.movement',
        `${code}|${deps.today()}`,
        async () =>
          JSON.stringify(
            z.encode(
              movementDetail,
              presentMovementDetail(await getPublicMovement(deps, tenantId, code)),
            ),
          ),
      );
      return sendCached(request, reply, body, publicCache);
    },
  );
};
