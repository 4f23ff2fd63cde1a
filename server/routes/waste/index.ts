import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { tenantOf } from '../../plugins/tenant.ts';
import {
  presentFollow,
  presentPublicWaste,
  presentWasteDetail,
  presentWasteSummary,
} from '../../presenters/waste.ts';
import * as handling from '../../services/waste-handling.ts';
import * as intake from '../../services/waste-intake.ts';
import { fileDownload, noContent } from '../../../shared/contracts/common.ts';
import {
  placeList,
  powChallenge,
  publicOutcomes,
  publicOutcomesQuery,
  publicWasteReport,
  wasteCodeParams,
  wasteCommentBody,
  wasteDeadlinesBody,
  wasteDetail,
  wasteFollowView,
  wasteIdParams,
  wasteMoveBody,
  wasteOfficerBody,
  wastePhotoParams,
  wasteQueue,
  wasteQueueQuery,
  wasteReceipt,
  wasteReopenBody,
  wasteReportBody,
  wasteReporter,
  wasteSettings,
  wasteTokenParams,
  wasteUpdateBody,
} from '../../../shared/contracts/waste.ts';
import type { WasteOutcome } from '../../../shared/waste.ts';
import { multipartForm } from '../multipart.ts';
import { readPhotoUpload } from './upload.ts';

const photoForm = z.strictObject({
  file: z.string().meta({ format: 'binary', description: 'A JPEG or PNG photo, at most 5 MB.' }),
  keepMetadata: z.enum(['true', 'false']).optional(),
});

export const followPath = (token: string) => `/phan-anh/theo-doi/${token}`;

/** Citizens' waste reports (issue 14): the public form and follow link, the handlers' queue. */
export const wasteRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
  const tags = ['waste'];
  const publicTags = ['public', 'waste'];
  const noStore = { 'cache-control': 'no-store' };

  app.get(
    '/public/waste-reports/challenge',
    { schema: { tags: publicTags, response: { 200: powChallenge } } },
    async (_request, reply) => reply.headers(noStore).send(intake.newChallenge(deps)),
  );

  app.get(
    '/public/waste-reports/places',
    { schema: { tags: publicTags, response: { 200: placeList } } },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return intake.listPlaces(deps, tenantOf(request).id);
    },
  );

  app.post(
    '/public/waste-reports',
    {
      schema: {
        tags: publicTags,
        body: wasteReportBody,
        response: { 200: wasteReceipt, 201: wasteReceipt },
      },
    },
    async (request, reply) => {
      const filed = await intake.fileFromForm(deps, tenantOf(request).id, request.ip, {
        ...request.body,
        channel: 'web',
      });
      return reply
        .status(filed.replayed ? 200 : 201)
        .headers(noStore)
        .send({
          code: filed.report.code,
          followToken: filed.followToken,
          followPath: followPath(filed.followToken),
        });
    },
  );

  app.get(
    '/public/waste-reports',
    {
      schema: {
        tags: publicTags,
        querystring: publicOutcomesQuery,
        response: { 200: publicOutcomes },
      },
    },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const rows = await intake.publicOutcomes(deps, tenantId, request.query);
      const names = await intake.communeNames(deps, tenantId, rows);
      const totals = new Map<
        string,
        {
          communeUnitId: string;
          communeName: string;
          category: (typeof rows)[number]['category'];
          outcome: string;
          count: number;
        }
      >();
      for (const r of rows) {
        const key = `${r.communeUnitId}|${r.category}|${r.outcome}`;
        const t = totals.get(key) ?? {
          communeUnitId: r.communeUnitId,
          communeName: names.get(r.communeUnitId) ?? '',
          category: r.category,
          outcome: r.outcome ?? 'not_confirmed',
          count: 0,
        };
        t.count++;
        totals.set(key, t);
      }
      reply.header('cache-control', 'public, max-age=60');
      return {
        totals: [...totals.values()].map((t) => ({
          ...t,
          category: t.category as never,
          outcome: t.outcome as WasteOutcome,
        })),
        reports: rows.map((r) => presentPublicWaste(r, names.get(r.communeUnitId) ?? '')),
      };
    },
  );

  app.get(
    '/public/waste-reports/:code',
    { schema: { tags: publicTags, params: wasteCodeParams, response: { 200: publicWasteReport } } },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const row = await intake.byCode(deps, tenantId, request.params.code);
      const names = await intake.communeNames(deps, tenantId, [row]);
      reply.header('cache-control', 'public, max-age=30');
      return presentPublicWaste(row, names.get(row.communeUnitId) ?? '');
    },
  );

  app.get(
    '/public/waste-reports/follow/:token',
    { schema: { tags: publicTags, params: wasteTokenParams, response: { 200: wasteFollowView } } },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      const { report, events, photoCount } = await intake.followView(
        deps,
        tenantId,
        request.params.token,
      );
      const names = await intake.communeNames(deps, tenantId, [report]);
      reply.headers({ ...noStore, 'referrer-policy': 'no-referrer' });
      return presentFollow(report, names.get(report.communeUnitId) ?? '', events, photoCount);
    },
  );

  app.post(
    '/public/waste-reports/follow/:token/updates',
    {
      schema: {
        tags: publicTags,
        params: wasteTokenParams,
        body: wasteUpdateBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await intake.addReporterUpdate(
        deps,
        tenantOf(request).id,
        request.ip,
        request.params.token,
        request.body.body,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/public/waste-reports/follow/:token/reopen',
    {
      schema: {
        tags: publicTags,
        params: wasteTokenParams,
        body: wasteReopenBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await intake.reopenByReporter(
        deps,
        tenantOf(request).id,
        request.ip,
        request.params.token,
        request.body.reason,
      );
      return reply.status(204).send();
    },
  );

  app.post(
    '/public/waste-reports/follow/:token/photos',
    {
      config: multipartForm(photoForm),
      schema: { tags: publicTags, params: wasteTokenParams, response: noContent },
    },
    async (request, reply) => {
      const tenantId = tenantOf(request).id;
      // The link is checked before the body is read, so a wrong link costs no upload.
      await intake.byToken(deps, tenantId, request.params.token);
      const upload = await readPhotoUpload(request);
      await intake.addReporterPhoto(deps, tenantId, request.ip, request.params.token, upload);
      return reply.status(204).send();
    },
  );

  // ---- handlers -------------------------------------------------------------------------

  app.get(
    '/waste-reports',
    { schema: { tags, querystring: wasteQueueQuery, response: { 200: wasteQueue } } },
    async (request) => {
      const actor = requireActor(request);
      const { overdue, ...rest } = request.query;
      const list = await handling.listWaste(deps, actor, {
        ...rest,
        overdue: overdue === undefined ? undefined : overdue === 'true',
      });
      return { reports: list.map((v) => presentWasteSummary(actor, v)) };
    },
  );

  app.get(
    '/waste-reports/settings',
    { schema: { tags, response: { 200: wasteSettings } } },
    async (request) => handling.getWasteSettings(deps, requireActor(request)),
  );

  app.put(
    '/waste-reports/settings',
    { schema: { tags, body: wasteDeadlinesBody, response: { 200: wasteSettings } } },
    async (request) => handling.saveWasteDeadlines(deps, requireActor(request), request.body),
  );

  app.get(
    '/waste-reports/:id',
    { schema: { tags, params: wasteIdParams, response: { 200: wasteDetail } } },
    async (request) => {
      const actor = requireActor(request);
      return presentWasteDetail(actor, await handling.getWaste(deps, actor, request.params.id));
    },
  );

  app.get(
    '/waste-reports/:id/reporter',
    { schema: { tags, params: wasteIdParams, response: { 200: wasteReporter } } },
    async (request, reply) => {
      const contact = await handling.readReporter(deps, requireActor(request), request.params.id);
      reply.headers({ 'cache-control': 'private, no-store' });
      return {
        anonymous: !contact,
        name: contact?.name ?? null,
        phone: contact?.phone ?? null,
        email: contact?.email ?? null,
        address: contact?.address ?? null,
      };
    },
  );

  app.post(
    '/waste-reports/:id/moves',
    {
      schema: { tags, params: wasteIdParams, body: wasteMoveBody, response: { 200: wasteDetail } },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentWasteDetail(
        actor,
        await handling.moveReport(deps, actor, request.params.id, request.body),
      );
    },
  );

  app.post(
    '/waste-reports/:id/officers',
    {
      schema: {
        tags,
        params: wasteIdParams,
        body: wasteOfficerBody,
        response: { 200: wasteDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentWasteDetail(
        actor,
        await handling.addOfficer(deps, actor, request.params.id, request.body.userId),
      );
    },
  );

  app.post(
    '/waste-reports/:id/comments',
    {
      schema: {
        tags,
        params: wasteIdParams,
        body: wasteCommentBody,
        response: { 200: wasteDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentWasteDetail(
        actor,
        await handling.commentOn(deps, actor, request.params.id, request.body.body),
      );
    },
  );

  app.get(
    '/waste-reports/:id/photos/:photoId',
    { schema: { tags, params: wastePhotoParams, response: fileDownload('The photo') } },
    async (request, reply) => {
      const { photo, stream } = await handling.readPhoto(
        deps,
        requireActor(request),
        request.params.id,
        request.params.photoId,
      );
      return reply
        .type(photo.mediaType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(stream);
    },
  );
};
