import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { sendCached } from '../../plugins/cached-reply.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import { cachedAnswer } from '../../services/answer-cache.ts';
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

const publicCache = 'public, max-age=60';

/** What citizens see without signing in; the plan's answers computed once per change (ADR 0051). */
export const publicRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['public'];
  app.get(
    '/public/movements',
    { schema: { tags, response: { 200: movementList } } },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const body = await cachedAnswer(deps, tenantId, 'public.movements', '', async () =>
        JSON.stringify(
          z.encode(
            movementList,
            (await listPublicPlans(deps, tenantId)).map((p) =>
              presentPlanSummary(p.movement, p.content, p.setBy),
            ),
          ),
        ),
      );
      return sendCached(request, reply, body, publicCache);
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
      const tenantId = tenantOf(request).id;
      const { code } = request.params;
      const { asOf } = request.query;
      // The version in force and the lead bodies' names depend on the day: it is part of the key.
      const body = await cachedAnswer(
        deps,
        tenantId,
        'public.movement',
        `${code}|${asOf ?? ''}|${deps.today()}`,
        async () =>
          JSON.stringify(
            z.encode(
              publicPlanDetail,
              presentPublicPlan(await getPublicPlan(deps, tenantId, code, asOf)),
            ),
          ),
      );
      return sendCached(request, reply, body, publicCache);
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
