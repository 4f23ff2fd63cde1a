import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerCommentBody,
  commentListResponse,
  createRoundBody,
  dossierListQuery,
  dossierListResponse,
  dossierResponse,
  dossierStepBody,
  fileDossierBody,
  nominationIdParams,
  openPostingBody,
  proposalsResponse,
  roundListResponse,
  roundResponse,
} from '../../../shared/contracts/nominations.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentDossier, presentDossierRow, presentRound } from '../../presenters/nominations.ts';
import * as nominations from '../../services/nominations.ts';
import * as posting from '../../services/nominations-posting.ts';

/** Rounds, dossiers and the chain; comments of the public posting for the office. */
export const nominationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['nominations'];
  app.get(
    '/nomination-rounds',
    { schema: { tags, response: { 200: roundListResponse } } },
    async (request) => ({
      rounds: (await nominations.listRounds(deps, requireActor(request))).map(presentRound),
    }),
  );
  app.post(
    '/nomination-rounds',
    { schema: { tags, body: createRoundBody, response: { 201: roundResponse } } },
    async (request, reply) => {
      const row = await nominations.createRound(deps, requireActor(request), request.body);
      return reply.status(201).send(presentRound(row));
    },
  );
  app.post(
    '/nomination-rounds/:id/posting',
    {
      schema: {
        tags,
        params: nominationIdParams,
        body: openPostingBody,
        response: { 200: roundResponse },
      },
    },
    async (request) =>
      presentRound(
        await nominations.openPosting(deps, requireActor(request), request.params.id, request.body),
      ),
  );
  app.get(
    '/nomination-rounds/:id/proposals',
    { schema: { tags, params: nominationIdParams, response: { 200: proposalsResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return { proposals: await nominations.proposalsOfRound(deps, actor, request.params.id) };
    },
  );
  app.get(
    '/nomination-rounds/:id/comments',
    { schema: { tags, params: nominationIdParams, response: { 200: commentListResponse } } },
    async (request) => {
      const rows = await posting.listComments(deps, requireActor(request), request.params.id);
      return {
        comments: rows.map((r) => ({
          id: r.id,
          subjectId: r.subjectId,
          nominee: r.nominee,
          body: r.body,
          authorName: r.authorName,
          contact: r.contact,
          answer: r.answer,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );
  app.post(
    '/posting-comments/:id/answer',
    {
      schema: {
        tags,
        params: nominationIdParams,
        body: answerCommentBody,
        response: { 200: z.object({ id: z.uuid(), answer: z.string() }) },
      },
    },
    async (request) => {
      const row = await posting.answerComment(
        deps,
        requireActor(request),
        request.params.id,
        request.body.answer,
      );
      return { id: row.id, answer: row.answer ?? '' };
    },
  );

  app.get(
    '/dossiers',
    { schema: { tags, querystring: dossierListQuery, response: { 200: dossierListResponse } } },
    async (request) => {
      const q = request.query;
      const list = await nominations.listDossiers(deps, requireActor(request), {
        roundId: q.roundId,
        state: q.state,
        overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      });
      return { dossiers: list.map(presentDossierRow) };
    },
  );
  app.get(
    '/dossiers/queue',
    { schema: { tags, response: { 200: dossierListResponse } } },
    async (request) => {
      const list = await nominations.listDossiers(deps, requireActor(request), { queue: true });
      return { dossiers: list.map(presentDossierRow) };
    },
  );
  app.post(
    '/dossiers',
    {
      schema: {
        tags,
        body: fileDossierBody,
        response: { 200: dossierResponse, 201: dossierResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row, created } = await nominations.fileDossier(deps, actor, request.body);
      const view = await nominations.getDossier(deps, actor, row.id);
      return reply.status(created ? 201 : 200).send(presentDossier(view));
    },
  );
  app.get(
    '/dossiers/:id',
    { schema: { tags, params: nominationIdParams, response: { 200: dossierResponse } } },
    async (request) =>
      presentDossier(await nominations.getDossier(deps, requireActor(request), request.params.id)),
  );
  app.post(
    '/dossiers/:id/steps',
    {
      schema: {
        tags,
        params: nominationIdParams,
        body: dossierStepBody,
        response: { 200: dossierResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await nominations.stepDossier(deps, actor, request.params.id, request.body);
      return presentDossier(await nominations.getDossier(deps, actor, request.params.id));
    },
  );
};
