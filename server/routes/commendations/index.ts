import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLocale } from '../../../shared/locale.ts';
import type { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { rulePolicy } from '../../policies/commendations.ts';
import { presentBaseSalaries, presentRule } from '../../presenters/commendations.ts';
import * as commendations from '../../services/commendations.ts';
import { candidatesFor, checkSubject } from '../../services/commendations-eligibility.ts';
import { buildHistoryFile, importHistory } from '../../services/commendations-import.ts';
import { candidatesWorkbook } from '../../documents/candidates-xlsx.ts';
import { xlsxMime } from '../../services/units-excel.ts';
import { baseSalaryResponse } from '../../../shared/contracts/base-salary.ts';
import { spreadsheetUpload } from '../../../shared/contracts/uploads.ts';
import { multipartForm } from '../multipart.ts';
import { maxUploadBytes, readUpload } from '../units/upload.ts';
import {
  candidatesQuery,
  candidatesResponse,
  cashQuery,
  cashResponse,
  importQuery,
  importReport,
  catalogueResponse,
  eligibilityQuery,
  eligibilityResponse,
  ruleBody,
  ruleIdParams,
  ruleListResponse,
  ruleResponse,
  updateRuleBody,
} from './schema.ts';

/** Catalogue, eligibility rules as dated data, the eligibility check and cash amounts. */
export const commendationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['commendations'];
  // multipart only for this plugin's import route; everything else stays JSON-only
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1 } });

  app.get('/commendations/import/template', { schema: { tags } }, async (request, reply) => {
    requireActor(request);
    return reply
      .type(xlsxMime)
      .header('content-disposition', 'attachment; filename="thidua-lich-su-thanh-tich.xlsx"')
      .send(await buildHistoryFile([]));
  });

  app.post(
    '/commendations/import',
    {
      config: multipartForm(spreadsheetUpload),
      schema: { tags, querystring: importQuery, response: { 200: importReport } },
    },
    async (request) => {
      const actor = requireActor(request);
      return importHistory(
        deps,
        actor,
        await readUpload(request),
        request.query.mode,
        pickLocale(request.headers['accept-language']),
      );
    },
  );
  app.get(
    '/commendations/catalogue',
    { schema: { tags, response: { 200: catalogueResponse } } },
    async (request) => {
      requireActor(request);
      return { awards: commendations.listCatalogue() as unknown as Record<string, unknown>[] };
    },
  );

  app.get(
    '/commendations/rules',
    { schema: { tags, response: { 200: ruleListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const rules = await commendations.listRules(deps, actor);
      return {
        rules: rules.map((r) => presentRule(actor, r)),
        abilities: { create: rulePolicy.create(actor) },
      };
    },
  );

  app.post(
    '/commendations/rules',
    { schema: { tags, body: ruleBody, response: { 201: ruleResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await commendations.createRule(deps, actor, request.body);
      return reply.status(201).send(presentRule(actor, row));
    },
  );

  app.put(
    '/commendations/rules/:id',
    {
      schema: { tags, params: ruleIdParams, body: updateRuleBody, response: { 200: ruleResponse } },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentRule(
        actor,
        await commendations.updateRule(deps, actor, request.params.id, request.body),
      );
    },
  );

  app.get(
    '/commendations/eligibility',
    { schema: { tags, querystring: eligibilityQuery, response: { 200: eligibilityResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const result = await checkSubject(deps, actor, request.query);
      return JSON.parse(JSON.stringify(result)) as z.infer<typeof eligibilityResponse>;
    },
  );

  app.get(
    '/commendations/candidates',
    { schema: { tags, querystring: candidatesQuery, response: { 200: candidatesResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const candidates = await candidatesFor(deps, actor, request.query);
      return JSON.parse(JSON.stringify({ candidates })) as z.infer<typeof candidatesResponse>;
    },
  );

  app.get(
    '/commendations/candidates.xlsx',
    { schema: { tags, querystring: candidatesQuery } },
    async (request, reply) => {
      const actor = requireActor(request);
      const candidates = await candidatesFor(deps, actor, request.query);
      const { award, year } = request.query;
      return reply
        .type(xlsxMime)
        .header(
          'content-disposition',
          `attachment; filename="xet-khen-thuong-${award.toLowerCase()}-${year}.xlsx"`,
        )
        .send(
          await candidatesWorkbook(
            candidates,
            request.query.lang ?? pickLocale(request.headers['accept-language']),
          ),
        );
    },
  );

  app.get(
    '/commendations/base-salary',
    { schema: { tags, response: { 200: baseSalaryResponse } } },
    async (request) => {
      requireActor(request);
      return presentBaseSalaries(commendations.listBaseSalaries());
    },
  );

  app.get(
    '/commendations/cash',
    { schema: { tags, querystring: cashQuery, response: { 200: cashResponse } } },
    async (request) => {
      requireActor(request);
      const q = request.query;
      const cash = commendations.cashFor(q.award, q.subject, q.decisionDate);
      return JSON.parse(JSON.stringify(cash)) as z.infer<typeof cashResponse>;
    },
  );
};
