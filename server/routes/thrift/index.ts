import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import { thriftPolicy } from '../../policies/thrift.ts';
import type { Actor } from '../../policies/actor.ts';
import * as thrift from '../../services/thrift.ts';
import { idParams } from '../../../shared/contracts/common.ts';
import {
  programme,
  programmeBody,
  programmeIssueBody,
  programmeList,
  programmeQuery,
  programmeUpdateBody,
  publicThrift,
  saving,
  savingBody,
  savingList,
  savingQuery,
  suggestionList,
  suggestionQuery,
  violation,
  violationBody,
  violationHandleBody,
  violationList,
  type Programme,
} from '../../../shared/contracts/thrift.ts';

type ProgrammeRow = Awaited<ReturnType<typeof thrift.createProgramme>>;
type SavingRow = Awaited<ReturnType<typeof thrift.enterSaving>>;
type ViolationRow = Awaited<ReturnType<typeof thrift.recordViolation>>;

/** THTK-CLP programmes, savings, violations and the province's public totals (issue 14). */
export const thriftRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['thrift'];
  const names = (tenantId: string, ids: string[]) => thrift.namesOf(deps, tenantId, ids);

  const presentProgramme = (
    a: Actor,
    root: string,
    r: ProgrammeRow,
    n: Map<string, string>,
  ): Programme => {
    const s = { rootUnitId: root, unitId: r.unitId, issued: r.status === 'issued' };
    return {
      id: r.id,
      unitId: r.unitId,
      unitName: n.get(r.unitId) ?? '',
      kind: r.kind as Programme['kind'],
      startYear: r.startYear,
      endYear: r.endYear,
      parentId: r.parentId,
      title: r.title,
      targets: r.targets.map((t) => ({
        category: t.category,
        text: t.text,
        ...(t.amount !== undefined ? { amount: t.amount } : {}),
      })),
      status: r.status as Programme['status'],
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      version: r.version,
      abilities: { edit: thriftPolicy.edit(a, s), issue: thriftPolicy.issue(a, s) },
    };
  };
  const presentSaving = (r: SavingRow, n: Map<string, string>) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: n.get(r.unitId) ?? '',
    year: r.year,
    category: r.category,
    amount: Number(r.amount),
    evidence: r.evidence,
    note: r.note,
    version: r.version,
  });
  const presentViolation = (r: ViolationRow, n: Map<string, string>) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: n.get(r.unitId) ?? '',
    foundOn: r.foundOn,
    category: r.category,
    inspectingBody: r.inspectingBody,
    finding: r.finding,
    amount: Number(r.amount),
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    measures: r.measures,
    amountRecovered: r.amountRecovered === null ? null : Number(r.amountRecovered),
    disciplinedCount: r.disciplined.length,
    status: r.status as 'open' | 'handled',
    publicSummary: r.publicSummary,
    version: r.version,
  });
  const one = async (a: Actor, r: ProgrammeRow) => {
    const { root } = await thrift.listProgrammes(deps, a, { unitId: r.unitId });
    return presentProgramme(a, root, r, await names(a.tenantId, [r.unitId]));
  };

  app.get(
    '/public/thrift',
    { schema: { tags: ['public', 'thrift'], response: { 200: publicThrift } } },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const { savings, handled, names: n } = await thrift.publicThrift(deps, tenantId);
      reply.header('cache-control', 'public, max-age=60');
      return {
        savings,
        // Only what the decision makes public: no finding details beyond the summary, no people.
        handledViolations: handled.map((v) => ({
          unitName: n.get(v.unitId) ?? '',
          category: v.category,
          foundOn: v.foundOn,
          inspectingBody: v.inspectingBody,
          amount: Number(v.amount),
          amountRecovered: v.amountRecovered === null ? null : Number(v.amountRecovered),
          decisionNumber: v.decisionNumber,
          decisionDate: v.decisionDate,
          publicSummary: v.publicSummary,
        })),
      };
    },
  );

  app.get(
    '/thrift/programmes',
    { schema: { tags, querystring: programmeQuery, response: { 200: programmeList } } },
    async (request) => {
      const a = requireActor(request);
      const { root, rows } = await thrift.listProgrammes(deps, a, request.query);
      const n = await names(
        a.tenantId,
        rows.map((r) => r.unitId),
      );
      return { programmes: rows.map((r) => presentProgramme(a, root, r, n)) };
    },
  );

  app.post(
    '/thrift/programmes',
    { schema: { tags, body: programmeBody, response: { 201: programme } } },
    async (request, reply) => {
      const a = requireActor(request);
      return reply
        .status(201)
        .send(await one(a, await thrift.createProgramme(deps, a, request.body)));
    },
  );

  app.put(
    '/thrift/programmes/:id',
    { schema: { tags, params: idParams, body: programmeUpdateBody, response: { 200: programme } } },
    async (request) => {
      const a = requireActor(request);
      return one(a, await thrift.updateProgramme(deps, a, request.params.id, request.body));
    },
  );

  app.post(
    '/thrift/programmes/:id/issue',
    { schema: { tags, params: idParams, body: programmeIssueBody, response: { 200: programme } } },
    async (request) => {
      const a = requireActor(request);
      return one(a, await thrift.issueProgramme(deps, a, request.params.id, request.body));
    },
  );

  app.get(
    '/thrift/savings',
    { schema: { tags, querystring: savingQuery, response: { 200: savingList } } },
    async (request) => {
      const a = requireActor(request);
      const rows = await thrift.listSavings(deps, a, request.query);
      const n = await names(
        a.tenantId,
        rows.map((r) => r.unitId),
      );
      return { savings: rows.map((r) => presentSaving(r, n)) };
    },
  );

  app.put(
    '/thrift/savings',
    { schema: { tags, body: savingBody, response: { 200: saving } } },
    async (request) => {
      const a = requireActor(request);
      const row = await thrift.enterSaving(deps, a, request.body);
      return presentSaving(row, await names(a.tenantId, [row.unitId]));
    },
  );

  app.get(
    '/thrift/violations',
    { schema: { tags, response: { 200: violationList } } },
    async (request) => {
      const a = requireActor(request);
      const rows = await thrift.listViolations(deps, a);
      const n = await names(
        a.tenantId,
        rows.map((r) => r.unitId),
      );
      return { violations: rows.map((r) => presentViolation(r, n)) };
    },
  );

  app.post(
    '/thrift/violations',
    { schema: { tags, body: violationBody, response: { 201: violation } } },
    async (request, reply) => {
      const a = requireActor(request);
      const row = await thrift.recordViolation(deps, a, request.body);
      return reply.status(201).send(presentViolation(row, await names(a.tenantId, [row.unitId])));
    },
  );

  app.post(
    '/thrift/violations/:id/handling',
    { schema: { tags, params: idParams, body: violationHandleBody, response: { 200: violation } } },
    async (request) => {
      const a = requireActor(request);
      const row = await thrift.handleViolation(deps, a, request.params.id, request.body);
      return presentViolation(row, await names(a.tenantId, [row.unitId]));
    },
  );

  app.get(
    '/thrift/suggestions',
    { schema: { tags, querystring: suggestionQuery, response: { 200: suggestionList } } },
    async (request) => {
      const a = requireActor(request);
      const { unitId, year } = request.query;
      return { suggestions: await thrift.suggestionsForUnit(deps, a, unitId, year) };
    },
  );
};
