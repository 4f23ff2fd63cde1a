import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentDiff, presentSetList, presentVersion } from '../../presenters/criteria.ts';
import * as read from '../../services/criteria.ts';
import * as write from '../../services/criteria-write.ts';
import {
  diffQuery,
  diffResponse,
  listQuery,
  newVersionBody,
  saveDraftBody,
  setListResponse,
  setParams,
  versionParams,
  versionResponse,
} from '../../../shared/contracts/criteria.ts';

/** Versioned criteria sets (issue 3): list, read, save draft, publish, new version, diff. */
export const criteriaRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['criteria'];
  app.get(
    '/criteria-sets',
    { schema: { tags, querystring: listQuery, response: { 200: setListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentSetList(actor, await read.listCriteriaSets(deps, actor, request.query));
    },
  );

  app.get(
    '/criteria-sets/:id/versions/:n',
    { schema: { tags, params: versionParams, response: { 200: versionResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { id, n } = request.params;
      return presentVersion(actor, await read.getCriteriaVersion(deps, actor, id, n));
    },
  );

  app.put(
    '/criteria-sets/:id/versions/:n',
    {
      schema: {
        tags,
        params: versionParams,
        body: saveDraftBody,
        response: { 200: versionResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, n } = request.params;
      return presentVersion(
        actor,
        await write.saveCriteriaDraft(deps, actor, id, n, {
          revision: request.body.revision,
          content: request.body.content,
        }),
      );
    },
  );

  app.post(
    '/criteria-sets/:id/versions/:n/publish',
    { schema: { tags, params: versionParams, response: { 200: versionResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { id, n } = request.params;
      return presentVersion(actor, await write.publishCriteriaVersion(deps, actor, id, n));
    },
  );

  app.post(
    '/criteria-sets/:id/versions',
    {
      schema: { tags, params: setParams, body: newVersionBody, response: { 201: versionResponse } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const view = await write.createCriteriaVersion(
        deps,
        actor,
        request.params.id,
        request.body.from,
      );
      return reply.status(201).send(presentVersion(actor, view));
    },
  );

  app.get(
    '/criteria-sets/:id/diff',
    {
      schema: { tags, params: setParams, querystring: diffQuery, response: { 200: diffResponse } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { from, to } = request.query;
      return presentDiff(await read.diffCriteriaVersions(deps, actor, request.params.id, from, to));
    },
  );
};
