import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import {
  presentBoard,
  presentPeriodDetail,
  presentPeriodList,
  presentRollup,
} from '../../presenters/reports.ts';
import { periodBoard, periodRollup } from '../../services/reports-board.ts';
import * as periods from '../../services/reports-periods.ts';
import { consolidatedRoutes } from './documents.ts';
import { evidenceRoutes } from './evidence.ts';
import { indicatorWorkbookRoutes } from './excel.ts';
import { reportWorkflowRoutes } from './reports.ts';
import { idParams } from '../../../shared/contracts/common.ts';
import {
  boardResponse,
  periodBody,
  periodDetailResponse,
  periodListQuery,
  periodListResponse,
  periodPatchBody,
  rollupQuery,
  rollupResponse,
} from '../../../shared/contracts/report-periods.ts';

/** The reporting cycle (issue 4): periods, reports, evidence, board, roll-up, Excel round trip. */
export const reportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  // multipart only inside this plugin (evidence and workbook uploads); the rest stays JSON-only
  await app.register(multipart, {
    limits: { fileSize: deps.config.evidenceMaxBytes, files: 1, fields: 5 },
  });
  const tags = ['reports'];

  app.post(
    '/report-periods',
    { schema: { tags, body: periodBody, response: { 201: periodDetailResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const view = await periods.createPeriod(deps, actor, request.body);
      return reply.status(201).send(presentPeriodDetail(actor, view));
    },
  );

  app.get(
    '/report-periods',
    { schema: { tags, querystring: periodListQuery, response: { 200: periodListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentPeriodList(actor, await periods.listPeriods(deps, actor, request.query.year));
    },
  );

  app.get(
    '/report-periods/:id',
    { schema: { tags, params: idParams, response: { 200: periodDetailResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentPeriodDetail(actor, await periods.getPeriod(deps, actor, request.params.id));
    },
  );

  app.patch(
    '/report-periods/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: periodPatchBody,
        response: { 200: periodDetailResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentPeriodDetail(
        actor,
        await periods.updatePeriod(deps, actor, request.params.id, request.body),
      );
    },
  );

  app.get(
    '/report-periods/:id/board',
    { schema: { tags, params: idParams, response: { 200: boardResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentBoard(actor, await periodBoard(deps, actor, request.params.id));
    },
  );

  app.get(
    '/report-periods/:id/rollup',
    {
      schema: {
        tags,
        params: idParams,
        querystring: rollupQuery,
        response: { 200: rollupResponse },
      },
    },
    async (request) =>
      presentRollup(
        await periodRollup(deps, requireActor(request), request.params.id, request.query.unitId),
      ),
  );

  await app.register(reportWorkflowRoutes, { deps });
  await app.register(evidenceRoutes, { deps });
  await app.register(indicatorWorkbookRoutes, { deps });
  await app.register(consolidatedRoutes, { deps });
};
