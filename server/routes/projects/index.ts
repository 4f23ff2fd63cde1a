import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import * as projects from '../../services/projects.ts';
import * as contributions from '../../services/projects-contributions.ts';
import { oc4idsPackage, projectsCsv } from '../../services/projects-open-data.ts';
import { importTreasury, treasuryWorkbook } from '../../services/projects-treasury.ts';
import { xlsxMime } from '../../services/units-excel.ts';
import { pickLocale } from '../../../shared/locale.ts';
import {
  fileDownload,
  idParams,
  importQuery,
  importReport,
  noContent,
  version,
} from '../../../shared/contracts/common.ts';
import {
  contributionCreateBody,
  contributionTotalsQuery,
  contributionTotalsView,
  contributionView,
  disbursementBody,
  investorRates,
  milestoneBody,
  planBody,
  projectBody,
  projectDetail,
  projectList,
  projectListQuery,
  projectUpdateBody,
  yearQuery,
} from '../../../shared/contracts/projects.ts';
import { spreadsheetUpload } from '../../../shared/contracts/uploads.ts';
import { multipartForm } from '../multipart.ts';
import { readUpload } from '../units/upload.ts';

const created = z.object({ id: z.uuid() });
const milestoneParams = z.strictObject({ id: z.uuid(), milestoneId: z.uuid() });
const detailQuery = z.strictObject({
  year: yearQuery.shape.year,
  asOf: projectListQuery.shape.asOf,
});

/** Public-investment projects (issue 13): the register, money, milestones, contributions, open data. */
export const projectRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
  const tags = ['projects'];
  const publicTags = ['public', 'projects'];

  app.get(
    '/projects',
    { schema: { tags, querystring: projectListQuery, response: { 200: projectList } } },
    async (request) => {
      const actor = requireActor(request);
      return projects.listProjects(deps, actor.tenantId, request.query);
    },
  );

  app.post(
    '/projects',
    { schema: { tags, body: projectBody, response: { 201: created } } },
    async (request, reply) => {
      const id = await projects.createProject(deps, requireActor(request), request.body);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/projects/rates',
    { schema: { tags, querystring: yearQuery, response: { 200: investorRates } } },
    async (request) =>
      projects.investorRates(deps, requireActor(request).tenantId, request.query.year),
  );

  app.get(
    '/projects/treasury-template.xlsx',
    {
      schema: { tags, response: fileDownload('The Treasury disbursement workbook (XLSX), empty') },
    },
    async (request, reply) => {
      requireActor(request);
      return reply
        .type(xlsxMime)
        .header('content-disposition', 'attachment; filename="giai-ngan-kho-bac.xlsx"')
        .send(await treasuryWorkbook());
    },
  );

  app.post(
    '/projects/treasury-import',
    {
      config: multipartForm(spreadsheetUpload),
      schema: { tags, querystring: importQuery, response: { 200: importReport } },
    },
    async (request) =>
      importTreasury(
        deps,
        requireActor(request),
        await readUpload(request),
        request.query.mode,
        pickLocale(request.headers['accept-language']),
      ),
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags,
        params: idParams,
        querystring: detailQuery,
        response: { 200: projectDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return projects.projectDetail(deps, actor.tenantId, request.params.id, actor, request.query);
    },
  );

  app.put(
    '/projects/:id',
    { schema: { tags, params: idParams, body: projectUpdateBody, response: noContent } },
    async (request, reply) => {
      await projects.updateProject(deps, requireActor(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/projects/:id/plans',
    { schema: { tags, params: idParams, body: planBody, response: noContent } },
    async (request, reply) => {
      await projects.setPlan(deps, requireActor(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  app.put(
    '/projects/:id/disbursements',
    { schema: { tags, params: idParams, body: disbursementBody, response: noContent } },
    async (request, reply) => {
      await projects.setDisbursement(deps, requireActor(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/projects/:id/milestones',
    { schema: { tags, params: idParams, body: milestoneBody, response: { 201: created } } },
    async (request, reply) => {
      const id = await projects.addMilestone(
        deps,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ id });
    },
  );

  app.put(
    '/projects/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        params: milestoneParams,
        body: milestoneBody.extend({ version }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await projects.updateMilestone(
        deps,
        requireActor(request),
        request.params.id,
        request.params.milestoneId,
        request.body,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/contributions',
    { schema: { tags, body: contributionCreateBody, response: { 201: created } } },
    async (request, reply) => {
      const id = await contributions.recordContribution(deps, requireActor(request), request.body);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/contributions/totals',
    {
      schema: {
        tags,
        querystring: contributionTotalsQuery,
        response: { 200: contributionTotalsView },
      },
    },
    async (request) =>
      contributions.contributionTotals(deps, requireActor(request).tenantId, request.query),
  );

  app.get(
    '/contributions/by-contributor/:id',
    {
      schema: {
        tags,
        params: idParams,
        response: { 200: z.object({ contributions: z.array(contributionView) }) },
      },
    },
    async (request) => ({
      contributions: await contributions.contributionsOf(
        deps,
        requireActor(request).tenantId,
        request.params.id,
      ),
    }),
  );

  // The public face: no sign-in, cached briefly.
  const cache = { 'cache-control': 'public, max-age=60' };

  app.get(
    '/public/projects',
    { schema: { tags: publicTags, querystring: projectListQuery, response: { 200: projectList } } },
    async (request, reply) =>
      reply
        .headers(cache)
        .send(await projects.listProjects(deps, tenantOf(request).id, request.query)),
  );

  app.get(
    '/public/projects.csv',
    {
      schema: {
        tags: publicTags,
        querystring: projectListQuery,
        response: { 200: z.string().describe('The project list as CSV (UTF-8)') },
      },
    },
    async (request, reply) =>
      reply
        .headers(cache)
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="du-an-dau-tu-cong.csv"')
        .send(await projectsCsv(deps, tenantOf(request).id, request.query)),
  );

  app.get(
    '/public/projects.oc4ids.json',
    {
      schema: {
        tags: publicTags,
        response: { 200: z.string().describe('An OC4IDS 0.9.5 project package (JSON)') },
      },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const pkg = await oc4idsPackage(deps, tenant, `${request.protocol}://${request.host}`);
      return reply.headers(cache).type('application/json; charset=utf-8').send(JSON.stringify(pkg));
    },
  );

  app.get(
    '/public/projects/:id',
    {
      schema: {
        tags: publicTags,
        params: idParams,
        querystring: detailQuery,
        response: { 200: projectDetail },
      },
    },
    async (request, reply) =>
      reply
        .headers(cache)
        .send(
          await projects.projectDetail(
            deps,
            tenantOf(request).id,
            request.params.id,
            null,
            request.query,
          ),
        ),
  );
};
