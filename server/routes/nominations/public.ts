import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  postedListResponse,
  publicCommentBody,
  publicCommentParams,
  publicCommentResponse,
} from '../../../shared/contracts/nominations.ts';
import type { Deps } from '../../deps.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import * as posting from '../../services/nominations-posting.ts';

/** The public posting (công khai): read and comment without signing in, throttled per address. */
export const publicNominationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  const tags = ['public'];
  app.get(
    '/public/nominations',
    { schema: { tags, response: { 200: postedListResponse } } },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return { nominees: await posting.listPosted(deps, tenantOf(request).id) };
    },
  );
  app.post(
    '/public/nominations/:subjectId/comments',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 hour' } },
      schema: {
        tags,
        params: publicCommentParams,
        body: publicCommentBody,
        response: { 202: publicCommentResponse },
      },
    },
    async (request, reply) => {
      await posting.commentOnNominee(
        deps,
        tenantOf(request).id,
        request.params.subjectId,
        request.body,
      );
      return reply.status(202).send({ received: true as const });
    },
  );
};
