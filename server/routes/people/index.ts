import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import {
  presentHistory,
  presentHousehold,
  presentPerson,
  presentRecord,
} from '../../presenters/commendations.ts';
import * as history from '../../services/commendations-history.ts';
import * as householdService from '../../services/commendations-households.ts';
import { historyOf } from '../../services/commendations-subject-history.ts';
import {
  absenceBody,
  attestationBody,
  awardBody,
  caseBody,
  caseParams,
  contributionBody,
  createHouseholdBody,
  householdResponse,
  householdsResponse,
  closeCaseBody,
  createPersonBody,
  disciplineBody,
  historyResponse,
  peopleQuery,
  peopleResponse,
  personIdParams,
  personResponse,
  ratingBody,
  recordResponse,
  subjectParams,
} from './schema.ts';

/** People and the achievement history of people and collectives (units). */
export const peopleRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['commendations'];
  app.get(
    '/people',
    { schema: { tags, querystring: peopleQuery, response: { 200: peopleResponse } } },
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
    { schema: { tags, querystring: peopleQuery, response: { 200: householdsResponse } } },
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

  /** One typed POST per kind of record: ratings, awards, disciplines, cases, attestations, absences. */
  const recordRoute = <S extends z.ZodType>(
    path: string,
    body: S,
    type: history.RecordInput['type'],
  ) =>
    app.post(
      `/subjects/:kind/:id/${path}`,
      { schema: { tags, params: subjectParams, body, response: { 201: recordResponse } } },
      async (request, reply) => {
        const actor = requireActor(request);
        const { kind, id } = request.params;
        const row = await history.addRecord(deps, actor, kind, id, {
          type,
          data: request.body,
        } as history.RecordInput);
        return reply.status(201).send(presentRecord(row));
      },
    );
  recordRoute('ratings', ratingBody, 'rating');
  recordRoute('awards', awardBody, 'award');
  recordRoute('disciplines', disciplineBody, 'discipline');
  recordRoute('cases', caseBody, 'case');
  recordRoute('attestations', attestationBody, 'attestation');
  recordRoute('absences', absenceBody, 'absence');
  recordRoute('contributions', contributionBody, 'contribution');

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
