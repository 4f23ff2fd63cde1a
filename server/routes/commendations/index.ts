import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLocale } from '../../../shared/locale.ts';
import { fileDownload, importReport } from '../../../shared/contracts/common.ts';
import {
  cashQuery,
  cashResponse,
  catalogueResponse,
  historyImportQuery,
  ruleBody,
  ruleIdParams,
  ruleListResponse,
  ruleResponse,
  updateRuleBody,
} from '../../../shared/contracts/commendations.ts';
import {
  candidatesQuery,
  candidatesResponse,
  eligibilityQuery,
  eligibilityResponse,
} from '../../../shared/contracts/eligibility.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import {
  presentBaseSalaries,
  presentCatalogue,
  presentRule,
  presentRuleList,
} from '../../presenters/commendations.ts';
import * as commendations from '../../services/commendations.ts';
import { candidatesFor, checkSubject } from '../../services/commendations-eligibility.ts';
import { buildHistoryFile, importHistory } from '../../services/commendations-import.ts';
import { candidatesWorkbook } from '../../documents/candidates-xlsx.ts';
import { xlsxMime } from '../../services/units-excel.ts';
import { baseSalaryResponse } from '../../../shared/contracts/base-salary.ts';
import { spreadsheetUpload } from '../../../shared/contracts/uploads.ts';
import { multipartForm } from '../multipart.ts';
import { maxUploadBytes, readUpload } from '../units/upload.ts';

/** Catalogue, eligibility rules as dated data, the eligibility check and cash amounts. */
export const commendationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['commendations'];
  // multipart only for this plugin's import route; everything else stays JSON-only
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1 } });

  app.get(
    '/commendations/import/template',
    { schema: { tags, response: fileDownload('The history workbook template (XLSX)') } },
    async (request, reply) => {
      requireActor(request);
      return reply
        .type(xlsxMime)
        .header('content-disposition', 'attachment; filename="thidua-lich-su-thanh-tich.xlsx"')
        .send(await buildHistoryFile([]));
    },
  );

  app.post(
    '/commendations/import',
    {
      config: multipartForm(spreadsheetUpload),
      schema: { tags, querystring: historyImportQuery, response: { 200: importReport } },
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
      return presentCatalogue(commendations.listCatalogue());
    },
  );

  app.get(
    '/commendations/rules',
    { schema: { tags, response: { 200: ruleListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentRuleList(actor, await commendations.listRules(deps, actor));
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
    async (request) => checkSubject(deps, requireActor(request), request.query),
  );

  app.get(
    '/commendations/candidates',
    { schema: { tags, querystring: candidatesQuery, response: { 200: candidatesResponse } } },
    async (request) => ({
      candidates: await candidatesFor(deps, requireActor(request), request.query),
    }),
  );

  app.get(
    '/commendations/candidates.xlsx',
    {
      schema: {
        tags,
        querystring: candidatesQuery,
        response: fileDownload('The "who may qualify" list as a workbook (XLSX)'),
      },
    },
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
      return commendations.cashFor(q.award, q.subject, q.decisionDate);
    },
  );
};
