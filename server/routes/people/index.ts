import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  absenceBody,
  attestationBody,
  awardBody,
  caseBody,
  caseParams,
  closeCaseBody,
  contributionBody,
  createHouseholdBody,
  disciplineBody,
  createPersonBody,
  historyResponse,
  householdResponse,
  householdsResponse,
  peopleResponse,
  personIdParams,
  personResponse,
  ratingBody,
  recordResponse,
  subjectParams,
  unitFilterQuery,
  type RecordInput,
  type SubjectParams,
} from '../../../shared/contracts/people.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import {
  presentHistory,
  presentHousehold,
  presentPerson,
  presentRecord,
} from '../../presenters/people.ts';
import * as history from '../../services/commendations-history.ts';
import * as householdService from '../../services/commendations-households.ts';
import { historyOf } from '../../services/commendations-subject-history.ts';

/** People and the achievement history of people, collectives (units) and households. */
export const peopleRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['commendations'];
  app.get(
    '/people',
    { schema: { tags, querystring: unitFilterQuery, response: { 200: peopleResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const list = await history.listPeople(deps, actor, request.query.unitId);
      return { people: list.map((p) => presentPerson(actor, p)) };
    },
  );

  app.post(
    '/people',
    { schema: { tags, body: createPersonBody, response: { 201: personResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const person = await history.createPerson(deps, actor, request.body);
      return reply.status(201).send(presentPerson(actor, person));
    },
  );

  app.get(
    '/people/:id',
    { schema: { tags, params: personIdParams, response: { 200: historyResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentHistory(actor, await historyOf(deps, actor, 'individual', request.params.id));
    },
  );

  app.get(
    '/households',
    { schema: { tags, querystring: unitFilterQuery, response: { 200: householdsResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const list = await householdService.listHouseholds(deps, actor, request.query.unitId);
      return { households: list.map((h) => presentHousehold(actor, h)) };
    },
  );

  app.post(
    '/households',
    { schema: { tags, body: createHouseholdBody, response: { 201: householdResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await householdService.createHousehold(deps, actor, request.body);
      return reply.status(201).send(presentHousehold(actor, row));
    },
  );

  app.get(
    '/subjects/:kind/:id/history',
    { schema: { tags, params: subjectParams, response: { 200: historyResponse } } },
    async (request) => {
      const actor = requireActor(request);
      const { kind, id } = request.params;
      return presentHistory(actor, await historyOf(deps, actor, kind, id));
    },
  );

  /** One typed POST per kind of record, each body checked by its own strict schema. */
  const recordSchema = <S extends z.ZodType>(body: S) => ({
    tags,
    params: subjectParams,
    body,
    response: { 201: recordResponse },
  });
  const add = async (request: FastifyRequest, params: SubjectParams, input: RecordInput) => {
    const row = await history.addRecord(deps, requireActor(request), params.kind, params.id, input);
    return presentRecord(row);
  };
  app.post(
    '/subjects/:kind/:id/ratings',
    { schema: recordSchema(ratingBody) },
    async (request, reply) =>
      reply
        .status(201)
        .send(await add(request, request.params, { type: 'rating', data: request.body })),
  );
  app.post(
    '/subjects/:kind/:id/awards',
    { schema: recordSchema(awardBody) },
    async (request, reply) =>
      reply
        .status(201)
        .send(await add(request, request.params, { type: 'award', data: request.body })),
  );
  app.post(
    '/subjects/:kind/:id/disciplines',
    { schema: recordSchema(disciplineBody) },
    async (request, reply) =>
      reply
        .status(201)
        .send(await add(request, request.params, { type: 'discipline', data: request.body })),
  );
  app.post(
    '/subjects/:kind/:id/cases',
    { schema: recordSchema(caseBody) },
    async (request, reply) =>
      reply
        .status(201)
        .send(await add(request, request.params, { type: 'case', data: request.body })),
  );
  app.post(
    '/subjects/:kind/:id/attestations',
    { schema: recordSchema(attestationBody) },
    async (request, reply) =>
      reply
        .status(201)
        .send(await add(request, request.params, { type: 'attestation', data: request.body })),
  );
  app.post(
    '/subjects/:kind/:id/absences',
    { schema: recordSchema(absenceBody) },
    async (request, reply) =>
      reply
        .status(201)
        .send(await add(request, request.params, { type: 'absence', data: request.body })),
  );
  app.post(
    '/subjects/:kind/:id/contributions',
    { schema: recordSchema(contributionBody) },
    async (request, reply) =>
      reply
        .status(201)
        .send(await add(request, request.params, { type: 'contribution', data: request.body })),
  );

  app.post(
    '/subjects/:kind/:id/cases/:caseId/close',
    {
      schema: { tags, params: caseParams, body: closeCaseBody, response: { 200: recordResponse } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { kind, id, caseId } = request.params;
      return presentRecord(
        await history.closeCase(deps, actor, kind, id, caseId, request.body.closedOn),
      );
    },
  );
};
