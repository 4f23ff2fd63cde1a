import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import {
  presentOverview,
  presentPeriod,
  presentPeriodList,
  presentPledge,
  presentRegistration,
  presentRegistrationList,
} from '../../presenters/registrations.ts';
import { overviewWorkbook, periodOverview } from '../../services/registrations-overview.ts';
import * as pledges from '../../services/registrations-pledges.ts';
import * as periods from '../../services/registration-periods.ts';
import * as registrations from '../../services/registrations.ts';
import { fileDownload } from '../../../shared/contracts/common.ts';
import {
  pledgeBody,
  pledgeParams,
  pledgeResponse,
  signBody,
} from '../../../shared/contracts/pledges.ts';
import {
  draftBody,
  overviewResponse,
  periodBody,
  periodIdParams,
  periodListQuery,
  periodListResponse,
  periodResponse,
  registrationListQuery,
  registrationListResponse,
  registrationParams,
  registrationResponse,
  submitBody,
  submitHeaders,
} from '../../../shared/contracts/registrations.ts';

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Yearly emulation registration (issue 3, item 5): periods, unit registrations, the office's overview. */
export const registrationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['registrations'];

  app.post(
    '/registration-periods',
    { schema: { tags, body: periodBody, response: { 201: periodResponse } } },
    async (request, reply) => {
      const row = await periods.createPeriod(deps, requireActor(request), request.body);
      return reply.status(201).send(presentPeriod(row));
    },
  );

  app.get(
    '/registration-periods',
    { schema: { tags, querystring: periodListQuery, response: { 200: periodListResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentPeriodList(actor, await periods.listPeriods(deps, actor, request.query.year));
    },
  );

  app.get(
    '/registration-periods/:id/overview',
    { schema: { tags, params: periodIdParams, response: { 200: overviewResponse } } },
    async (request) =>
      presentOverview(await periodOverview(deps, requireActor(request), request.params.id)),
  );

  app.get(
    '/registration-periods/:id/overview.xlsx',
    {
      schema: {
        tags,
        params: periodIdParams,
        response: fileDownload('Who registered in the period, one row per unit (XLSX)'),
      },
    },
    async (request, reply) => {
      const overview = await periodOverview(deps, requireActor(request), request.params.id);
      const name = `dang-ky-thi-dua-${overview.period.year}.xlsx`;
      return reply
        .type(xlsxMime)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(await overviewWorkbook(overview));
    },
  );

  app.get(
    '/registrations',
    {
      schema: {
        tags,
        querystring: registrationListQuery,
        response: { 200: registrationListResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentRegistrationList(
        actor,
        await registrations.listRegistrations(deps, actor, request.query.periodId),
      );
    },
  );

  app.put(
    '/registrations/:periodId/units/:unitId',
    {
      schema: {
        tags,
        params: registrationParams,
        body: draftBody,
        response: { 200: registrationResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { periodId, unitId } = request.params;
      return presentRegistration(
        actor,
        await registrations.saveDraft(deps, actor, periodId, unitId, request.body),
      );
    },
  );

  app.post(
    '/registrations/:periodId/units/:unitId/submit',
    {
      schema: {
        tags,
        params: registrationParams,
        headers: submitHeaders,
        body: submitBody,
        response: { 200: registrationResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { periodId, unitId } = request.params;
      return presentRegistration(
        actor,
        await registrations.submitRegistration(deps, actor, periodId, unitId, {
          version: request.body.version,
          idempotencyKey: request.headers['idempotency-key'],
        }),
      );
    },
  );

  app.get(
    '/blocks/:id/pledges/:year',
    { schema: { tags, params: pledgeParams, response: { 200: pledgeResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { id, year } = request.params;
      return presentPledge(actor, await pledges.getPledge(deps, actor, id, year));
    },
  );

  app.post(
    '/blocks/:id/pledges/:year',
    { schema: { tags, params: pledgeParams, body: pledgeBody, response: { 200: pledgeResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { id, year } = request.params;
      return presentPledge(actor, await pledges.draftPledge(deps, actor, id, year, request.body));
    },
  );

  app.post(
    '/blocks/:id/pledges/:year/sign',
    { schema: { tags, params: pledgeParams, body: signBody, response: { 200: pledgeResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { id, year } = request.params;
      return presentPledge(
        actor,
        await pledges.signPledge(deps, actor, id, year, request.body.unitId),
      );
    },
  );
};
