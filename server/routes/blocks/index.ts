import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { yearOf } from '../../../shared/vietnam-day.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentBlock, presentBlocks } from '../../presenters/blocks.ts';
import * as blocks from '../../services/blocks.ts';
import {
  blockResponse,
  blocksQuery,
  blocksResponse,
  createBlockBody,
  membersBody,
  membersParams,
} from '../../../shared/contracts/blocks.ts';

/** Emulation blocks and clusters (khối / cụm thi đua) and their yearly members. */
export const blockRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['blocks'];

  app.get(
    '/blocks',
    { schema: { tags, querystring: blocksQuery, response: { 200: blocksResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentBlocks(
        actor,
        await blocks.listBlocks(deps, actor, request.query.year ?? yearOf(deps.today())),
      );
    },
  );

  app.post(
    '/blocks',
    { schema: { tags, body: createBlockBody, response: { 201: blockResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(presentBlock(actor, await blocks.createBlock(deps, actor, request.body)));
    },
  );

  app.put(
    '/blocks/:id/members/:year',
    {
      schema: { tags, params: membersParams, body: membersBody, response: { 200: blockResponse } },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentBlock(
        actor,
        await blocks.replaceMembers(
          deps,
          actor,
          request.params.id,
          request.params.year,
          request.body.members,
        ),
      );
    },
  );
};
