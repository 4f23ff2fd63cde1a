import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  addMemberBody,
  ballotBody,
  closeSessionBody,
  councilIdParams,
  createSessionBody,
  memberListResponse,
  memberResponse,
  myBallotResponse,
  openSessionBody,
  sessionListResponse,
  sessionResponse,
  writtenVoteBody,
} from '../../../shared/contracts/council.ts';
import { fileDownload, noContent } from '../../../shared/contracts/common.ts';
import { AppError } from '../../../shared/errors.ts';
import { councilMinutesDocx } from '../../documents/council-minutes.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentSession } from '../../presenters/nominations.ts';
import * as council from '../../services/council.ts';
import { attachment } from '../reports/evidence.ts';

const member = (m: Awaited<ReturnType<typeof council.addMember>>) => ({
  id: m.id,
  userId: m.userId,
  fullName: m.fullName,
  position: m.position,
  termFrom: m.termFrom,
  termTo: m.termTo,
});

/**
 * The Council: members, sessions, ballots. A ballot's choice travels in the body only, and the
 * answer to it is an empty 204, so neither a URL in the request log nor a response says it.
 */
export const councilRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['council'];
  app.get(
    '/council/members',
    { schema: { tags, response: { 200: memberListResponse } } },
    async (request) => ({
      members: (await council.listMembers(deps, requireActor(request))).map(member),
    }),
  );
  app.post(
    '/council/members',
    { schema: { tags, body: addMemberBody, response: { 201: memberResponse } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(member(await council.addMember(deps, requireActor(request), request.body))),
  );
  app.get(
    '/council/sessions',
    { schema: { tags, response: { 200: sessionListResponse } } },
    async (request) => ({
      sessions: (await council.listSessions(deps, requireActor(request))).map((s) => ({
        id: s.id,
        title: s.title,
        heldOn: s.heldOn,
        status: s.status,
      })),
    }),
  );
  app.post(
    '/council/sessions',
    { schema: { tags, body: createSessionBody, response: { 201: sessionResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await council.createSession(deps, actor, request.body);
      return reply.status(201).send(presentSession(await council.getSession(deps, actor, row.id)));
    },
  );
  app.get(
    '/council/sessions/:id',
    { schema: { tags, params: councilIdParams, response: { 200: sessionResponse } } },
    async (request) =>
      presentSession(await council.getSession(deps, requireActor(request), request.params.id)),
  );
  app.post(
    '/council/sessions/:id/open',
    {
      schema: {
        tags,
        params: councilIdParams,
        body: openSessionBody,
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await council.openSession(deps, actor, request.params.id, request.body);
      return presentSession(await council.getSession(deps, actor, request.params.id));
    },
  );
  app.post(
    '/council/sessions/:id/close',
    {
      schema: {
        tags,
        params: councilIdParams,
        body: closeSessionBody,
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await council.closeSession(deps, actor, request.params.id, request.body);
      return presentSession(await council.getSession(deps, actor, request.params.id));
    },
  );
  app.get(
    '/council/sessions/:id/ballot',
    { schema: { tags, params: councilIdParams, response: { 200: myBallotResponse } } },
    async (request) => ({
      sessionId: request.params.id,
      open: await council.myBallot(deps, requireActor(request), request.params.id),
    }),
  );
  app.post(
    '/council/sessions/:id/ballots',
    { schema: { tags, params: councilIdParams, body: ballotBody, response: noContent } },
    async (request, reply) => {
      await council.castBallot(deps, requireActor(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );
  app.post(
    '/council/sessions/:id/written-votes',
    { schema: { tags, params: councilIdParams, body: writtenVoteBody, response: noContent } },
    async (request, reply) => {
      await council.recordWrittenVote(deps, requireActor(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );
  app.get(
    '/council/sessions/:id/minutes.docx',
    {
      schema: {
        tags,
        params: councilIdParams,
        response: fileDownload('The session’s minutes (biên bản), once it is closed'),
      },
    },
    async (request, reply) => {
      const view = presentSession(
        await council.getSession(deps, requireActor(request), request.params.id),
      );
      if (view.status !== 'closed') throw new AppError(409, 'council_tally_sealed');
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(`bien-ban-${view.heldOn}.docx`))
        .send(await councilMinutesDocx(view));
    },
  );
};
