import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  initiativeIdParams,
  initiativeListResponse,
  initiativeResponse,
  initiativeVersionBody,
  recogniseInitiativeBody,
  submitInitiativeBody,
} from '../../../shared/contracts/initiatives.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentInitiative } from '../../presenters/initiatives.ts';
import * as initiatives from '../../services/initiatives.ts';

/** The initiatives register (sáng kiến): submission, review, rejection, recognition. */
export const initiativeRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['initiatives'];
  app.get(
    '/initiatives',
    { schema: { tags, response: { 200: initiativeListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const list = await initiatives.listInitiatives(deps, actor);
      return { initiatives: list.map((i) => presentInitiative(actor, i)) };
    },
  );

  app.post(
    '/initiatives',
    { schema: { tags, body: submitInitiativeBody, response: { 201: initiativeResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await initiatives.submitInitiative(deps, actor, request.body);
      return reply.status(201).send(presentInitiative(actor, row));
    },
  );

  for (const kind of ['review', 'reject'] as const)
    app.post(
      `/initiatives/:id/${kind}`,
      {
        schema: {
          tags,
          params: initiativeIdParams,
          body: initiativeVersionBody,
          response: { 200: initiativeResponse },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id } = request.params;
        const row = await initiatives.actOnInitiative(deps, actor, id, request.body.version, {
          kind,
        });
        return presentInitiative(actor, row);
      },
    );

  app.post(
    '/initiatives/:id/recognise',
    {
      schema: {
        tags,
        params: initiativeIdParams,
        body: recogniseInitiativeBody,
        response: { 200: initiativeResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { version, ...rest } = request.body;
      const row = await initiatives.actOnInitiative(deps, actor, request.params.id, version, {
        kind: 'recognise',
        ...rest,
      });
      return presentInitiative(actor, row);
    },
  );
};
