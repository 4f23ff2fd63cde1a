import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { versionInForceOn } from '../../domain/plans/index.ts';
import { buildPlanDocx, planFileName } from '../../documents/plan-document.ts';
import { requireActor } from '../../plugins/session.ts';
import { attachment } from '../reports/evidence.ts';
import { fileDownload } from '../../../shared/contracts/common.ts';
import { presentPlanDiff, presentPlanList, presentPlanVersion } from '../../presenters/plans.ts';
import * as read from '../../services/plans.ts';
import * as write from '../../services/plans-write.ts';
import {
  issuePlanBody,
  newPlanVersionBody,
  planCodeParams,
  planDiffQuery,
  planDiffResponse,
  planVersionList,
  planVersionParams,
  planVersionResponse,
  savePlanBody,
} from '../../../shared/contracts/plans.ts';

/** The movement's plan as versions (issue 18): list, read, save a draft, issue, new version, diff. */
export const planRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['plans'];
  const base = '/movements/:code/plan-versions';

  app.get(
    base,
    { schema: { tags, params: planCodeParams, response: { 200: planVersionList } } },
    async (request) => {
      const actor = requireActor(request);
      const plan = await read.listPlanVersions(deps, actor, request.params.code);
      const today = deps.today();
      const inForce = versionInForceOn(plan.versions.map(read.effectiveOf), today);
      return presentPlanList(actor, plan, inForce?.number ?? null, today);
    },
  );

  app.get(
    `${base}/diff`,
    {
      schema: {
        tags,
        params: planCodeParams,
        querystring: planDiffQuery,
        response: { 200: planDiffResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { from, to } = request.query;
      return presentPlanDiff(
        await read.diffPlanVersions(deps, actor.tenantId, actor, request.params.code, from, to),
      );
    },
  );

  app.get(
    `${base}/:n`,
    { schema: { tags, params: planVersionParams, response: { 200: planVersionResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { code, n } = request.params;
      return presentPlanVersion(actor, await read.getPlanVersion(deps, actor, code, n));
    },
  );

  app.put(
    `${base}/:n`,
    {
      schema: {
        tags,
        params: planVersionParams,
        body: savePlanBody,
        response: { 200: planVersionResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { code, n } = request.params;
      return presentPlanVersion(
        actor,
        await write.savePlanDraft(deps, actor, code, n, {
          revision: request.body.revision,
          content: request.body.content,
        }),
      );
    },
  );

  app.post(
    `${base}/:n/issue`,
    {
      schema: {
        tags,
        params: planVersionParams,
        body: issuePlanBody,
        response: { 200: planVersionResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { code, n } = request.params;
      return presentPlanVersion(
        actor,
        await write.issuePlanVersion(deps, actor, code, n, request.body),
      );
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        params: planCodeParams,
        body: newPlanVersionBody,
        response: { 201: planVersionResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const view = await write.createPlanVersion(deps, actor, request.params.code, request.body);
      return reply.status(201).send(presentPlanVersion(actor, view));
    },
  );

  app.get(
    `${base}/:n/plan.docx`,
    {
      schema: {
        tags,
        params: planVersionParams,
        response: fileDownload('A version of the plan (a draft too) as its KẾ HOẠCH, to preview'),
      },
    },
    async (request, reply) => {
      const { code, n } = request.params;
      const data = await read.planDocumentPreview(deps, requireActor(request), code, n);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(planFileName(n)))
        .header('cache-control', 'private, no-store')
        .send(await buildPlanDocx(data));
    },
  );
};
