import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import {
  presentPublicRankings,
  presentRankings,
  presentUnitScore,
} from '../../presenters/scores.ts';
import * as scores from '../../services/scores.ts';
import {
  explanation,
  objectionBody,
  previewBody,
  publicRankingsQuery,
  publicRankingsResponse,
  publishBody,
  rankingsResponse,
  recomputeBody,
  recomputeResponse,
  unitScoreParams,
  unitScoreResponse,
  windowBody,
  yearQuery,
} from '../../../shared/contracts/scores.ts';

/** Scores, rankings, publication and objections (issue 10), and the public rankings. */
export const scoreRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['scores'];

  app.get(
    '/scores/rankings',
    { schema: { tags, querystring: yearQuery, response: { 200: rankingsResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentRankings(actor, await scores.rankingsOf(deps, actor, request.query.year));
    },
  );

  app.post(
    '/scores/recompute',
    { schema: { tags, body: recomputeBody, response: { 200: recomputeResponse } } },
    async (request) =>
      scores.recomputeYear(deps, requireActor(request), request.body.year),
  );

  app.post(
    '/scores/publish',
    { schema: { tags, body: publishBody, response: { 200: rankingsResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentRankings(actor, await scores.publishYear(deps, actor, request.body));
    },
  );

  app.put(
    '/scores/objection-window',
    { schema: { tags, body: windowBody, response: { 200: rankingsResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentRankings(actor, await scores.setObjectionWindow(deps, actor, request.body));
    },
  );

  app.get(
    '/scores/units/:unitId',
    {
      schema: {
        tags,
        params: unitScoreParams,
        querystring: yearQuery,
        response: { 200: unitScoreResponse },
      },
    },
    async (request) =>
      presentUnitScore(
        await scores.unitScore(
          deps,
          requireActor(request),
          request.params.unitId,
          request.query.year,
        ),
      ),
  );

  app.post(
    '/scores/units/:unitId/objections',
    {
      schema: { tags, params: unitScoreParams, body: objectionBody, response: { 201: unitScoreResponse } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentUnitScore(
            await scores.objectToScore(
              deps,
              requireActor(request),
              request.params.unitId,
              request.body,
            ),
          ),
        ),
  );

  app.post(
    '/scores/preview',
    { schema: { tags, body: previewBody, response: { 200: explanation } } },
    async (request) => scores.previewScore(requireActor(request), request.body),
  );

  app.get(
    '/public/rankings',
    { schema: { tags: ['public'], querystring: publicRankingsQuery, response: { 200: publicRankingsResponse } } },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return presentPublicRankings(
        await scores.publicRankings(
          deps,
          tenantOf(request).id,
          request.query.year,
          request.query.revision,
        ),
      );
    },
  );
};
