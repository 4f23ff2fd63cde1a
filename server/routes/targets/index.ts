import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { sendCached } from '../../plugins/cached-reply.ts';
import { requireActor } from '../../plugins/session.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import { targetPolicy } from '../../policies/targets.ts';
import { presentAssignment, presentPublicTarget, presentTarget } from '../../presenters/targets.ts';
import { cachedAnswer } from '../../services/answer-cache.ts';
import { assignTarget, listAssignments } from '../../services/targets-assignments.ts';
import * as targets from '../../services/targets.ts';
import {
  actualBody,
  assignmentBody,
  assignmentListResponse,
  assignmentResponse,
  publicTargetList,
  targetActualParams,
  targetCodeParams,
  targetListResponse,
  targetResponse,
} from '../../../shared/contracts/targets.ts';
import { yearOf } from '../../../shared/vietnam-day.ts';

/** Province targets: status and trend, actuals per year, cascading to units. */
export const targetRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['targets'];
  const year = () => yearOf(deps.today());

  app.get(
    '/public/targets',
    { schema: { tags: ['public'], response: { 200: publicTargetList } } },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      // Status is judged against the current year: the day is part of the key (ADR 0051).
      const body = await cachedAnswer(deps, tenantId, 'public.targets', deps.today(), async () =>
        JSON.stringify(
          z.encode(
            publicTargetList,
            (await targets.listPublicTargets(deps, tenantId)).map((v) =>
              presentPublicTarget(v, year()),
            ),
          ),
        ),
      );
      return sendCached(request, reply, body, 'public, max-age=60');
    },
  );

  app.get(
    '/targets',
    { schema: { tags, response: { 200: targetListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const list = await targets.listTargets(deps, actor);
      return { targets: list.map((v) => presentTarget(actor, v, year())) };
    },
  );

  app.get(
    '/targets/:code',
    { schema: { tags, params: targetCodeParams, response: { 200: targetResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentTarget(
        actor,
        await targets.getTarget(deps, actor, request.params.code),
        year(),
      );
    },
  );

  app.put(
    '/targets/:code/actuals/:year',
    {
      schema: {
        tags,
        params: targetActualParams,
        body: actualBody,
        response: { 200: targetResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { code, year: y } = request.params;
      return presentTarget(
        actor,
        await targets.enterActual(deps, actor, code, y, request.body),
        year(),
      );
    },
  );

  app.get(
    '/targets/:code/assignments',
    { schema: { tags, params: targetCodeParams, response: { 200: assignmentListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { subject, assignments } = await listAssignments(deps, actor, request.params.code);
      return {
        assignments: assignments.map((a) => presentAssignment(actor, a, year())),
        abilities: { assign: targetPolicy.assign(actor, subject) },
      };
    },
  );

  app.post(
    '/targets/:code/assignments',
    {
      schema: {
        tags,
        params: targetCodeParams,
        body: assignmentBody,
        response: { 201: assignmentResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const saved = await assignTarget(deps, actor, request.params.code, request.body);
      return reply.status(201).send(presentAssignment(actor, saved, year()));
    },
  );
};
