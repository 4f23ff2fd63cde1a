import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import { presentPlanDiff, presentPlanSummary, presentPublicPlan } from '../../presenters/plans.ts';
import { buildPlanDocx, planFileName } from '../../documents/plan-document.ts';
import {
  diffPlanVersions,
  getPublicPlan,
  listPublicPlans,
  planDocumentData,
} from '../../services/plans.ts';
import { attachment } from '../reports/evidence.ts';
import { fileDownload } from '../../../shared/contracts/common.ts';
import { movementCodeParams, movementList } from '../../../shared/contracts/movements.ts';
import {
  planDiffQuery,
  planDiffResponse,
  publicPlanDetail,
  planVersionParams,
  publicPlanQuery,
} from '../../../shared/contracts/plans.ts';

/** What citizens see without signing in. */
export const publicRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['public'];
  app.get(
    '/public/movements',
    { schema: { tags, response: { 200: movementList } } },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return (await listPublicPlans(deps, tenantOf(request).id)).map((p) =>
        presentPlanSummary(p.movement, p.content, p.setBy),
      );
    },
  );

  app.get(
    '/public/movements/:code',
    {
      schema: {
        tags,
        description:
          'The plan in force today, or on `asOf` (a Vietnam day, YYYY-MM-DD), with its version and the others.',
        params: movementCodeParams,
        querystring: publicPlanQuery,
        response: { 200: publicPlanDetail },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return presentPublicPlan(
        await getPublicPlan(deps, tenantOf(request).id, request.params.code, request.query.asOf),
      );
    },
  );

  app.get(
    '/public/movements/:code/diff',
    {
      schema: {
        tags,
        params: movementCodeParams,
        querystring: planDiffQuery,
        response: { 200: planDiffResponse },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      const { from, to } = request.query;
      return presentPlanDiff(
        await diffPlanVersions(deps, tenantOf(request).id, null, request.params.code, from, to),
      );
    },
  );

  app.get(
    '/public/movements/:code/versions/:n/plan.docx',
    {
      schema: {
        tags,
        params: planVersionParams,
        response: fileDownload('An issued version of the plan as its Decree-30 document (DOCX)'),
      },
    },
    async (request, reply) => {
      const { code, n } = request.params;
      const data = await planDocumentData(deps, tenantOf(request).id, code, n);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(planFileName(n)))
        .header('cache-control', 'public, max-age=60')
        .send(await buildPlanDocx(data));
    },
  );
};
