import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { idParams } from '../../../shared/contracts/common.ts';
import {
  acceptBody,
  reopenBody,
  reportListResponse,
  reportParams,
  readyResponse,
  reportResponse,
  returnBody,
  saveBody,
  submitHeaders,
  versionBody,
  type Answers,
} from '../../../shared/contracts/reports.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentReport, presentReportList } from '../../presenters/reports.ts';
import { loadReport } from '../../services/reports-context.ts';
import { listPeriodReports } from '../../services/reports-list.ts';
import {
  notifyReportReadyToHead,
  reviewReport,
  saveReport,
  submitReport,
} from '../../services/reports.ts';

/** A unit's report in a period (issue 4, items 2–3): read, autosave, submit, and the reviewer's steps. */
export const reportWorkflowRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  const tags = ['reports'];
  const one = { tags, params: reportParams, response: { 200: reportResponse } };

  app.get(
    '/report-periods/:id/reports',
    { schema: { tags, params: idParams, response: { 200: reportListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentReportList(actor, await listPeriodReports(deps, actor, request.params.id));
    },
  );

  app.get('/report-periods/:id/reports/:unitId', { schema: one }, async (request) => {
    const actor = requireActor(request);
    const { id, unitId } = request.params;
    return presentReport(actor, await loadReport(deps, actor, id, unitId));
  });

  app.put(
    '/report-periods/:id/reports/:unitId',
    { schema: { ...one, body: saveBody } },
    async (request) => {
      const actor = requireActor(request);
      const { id, unitId } = request.params;
      const { answers, narrative, version } = request.body;
      return presentReport(
        actor,
        await saveReport(deps, actor, id, unitId, {
          // Each member is checked against its criterion by the service (answers.<code>).
          answers: answers as Answers,
          narrative,
          version,
        }),
      );
    },
  );

  app.post(
    '/report-periods/:id/reports/:unitId/submit',
    { schema: { ...one, headers: submitHeaders, body: versionBody } },
    async (request) => {
      const actor = requireActor(request);
      const { id, unitId } = request.params;
      return presentReport(
        actor,
        await submitReport(deps, actor, id, unitId, {
          version: request.body.version,
          idempotencyKey: request.headers['idempotency-key'],
        }),
      );
    },
  );

  // An officer tells the head "báo cáo đã sẵn sàng" (issue 16); the head sends it.
  app.post(
    '/report-periods/:id/reports/:unitId/ready',
    { schema: { tags, params: reportParams, response: { 200: readyResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { id, unitId } = request.params;
      return notifyReportReadyToHead(deps, actor, id, unitId);
    },
  );

  app.post(
    '/report-periods/:id/reports/:unitId/return',
    { schema: { ...one, body: returnBody } },
    async (request) => {
      const actor = requireActor(request);
      const { id, unitId } = request.params;
      return presentReport(
        actor,
        await reviewReport(deps, actor, id, unitId, 'return', request.body),
      );
    },
  );

  app.post(
    '/report-periods/:id/reports/:unitId/accept',
    { schema: { ...one, body: acceptBody } },
    async (request) => {
      const actor = requireActor(request);
      const { id, unitId } = request.params;
      return presentReport(
        actor,
        await reviewReport(deps, actor, id, unitId, 'accept', request.body),
      );
    },
  );

  app.post(
    '/report-periods/:id/reports/:unitId/reopen',
    { schema: { ...one, body: reopenBody } },
    async (request) => {
      const actor = requireActor(request);
      const { id, unitId } = request.params;
      const { version, reason } = request.body;
      return presentReport(
        actor,
        await reviewReport(deps, actor, id, unitId, 'reopen', { version, note: reason }),
      );
    },
  );
};
