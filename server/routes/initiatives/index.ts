import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recognitionLevels } from '../../../shared/commendations/catalogue.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentInitiative } from '../../presenters/commendations.ts';
import * as initiatives from '../../services/initiatives.ts';
import { initiativeResponse } from '../people/schema.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const idParams = z.object({ id: z.uuid() });
const submitBody = z.object({
  title: text(300),
  authorIds: z.array(z.uuid()).min(1).max(20),
  unitId: z.uuid(),
  description: text(5000),
  effect: text(5000),
});
const versionBody = z.object({ version: z.int().min(1) });
const recogniseBody = versionBody.extend({
  level: z.enum(recognitionLevels),
  date: z.iso.date(),
  decisionNumber: text(100),
  scope: text(1000),
});

/** The initiatives register (sáng kiến): submission, review, rejection, recognition. */
export const initiativeRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['initiatives'];
  app.get(
    '/initiatives',
    { schema: { tags, response: { 200: z.object({ initiatives: z.array(initiativeResponse) }) } } },
    async (request) => {
      const actor = requireActor(request);
      const list = await initiatives.listInitiatives(deps, actor);
      return { initiatives: list.map((i) => presentInitiative(actor, i)) };
    },
  );

  app.post(
    '/initiatives',
    { schema: { tags, body: submitBody, response: { 201: initiativeResponse } } },
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
          params: idParams,
          body: versionBody,
          response: { 200: initiativeResponse },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const row = await initiatives.actOnInitiative(
          deps,
          actor,
          request.params.id,
          request.body.version,
          {
            kind,
          },
        );
        return presentInitiative(actor, row);
      },
    );

  app.post(
    '/initiatives/:id/recognise',
    {
      schema: {
        tags,
        params: idParams,
        body: recogniseBody,
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
