import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentUser, presentUserList } from '../../presenters/users.ts';
import * as users from '../../services/users.ts';
import { noContent } from '../../../shared/contracts/common.ts';
import {
  createUserBody,
  grantBody,
  grantIdParams,
  resetPasswordBody,
  updateUserBody,
  userIdParams,
  userListResponse,
  userResponse,
} from '../../../shared/contracts/users.ts';

/** Accounts and role grants (admin UI). */
export const userRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['users'];
  app.get('/users', { schema: { tags, response: { 200: userListResponse } } }, async (request) => {
    const actor = requireActor(request);
    return presentUserList(actor, await users.listUsers(deps, actor));
  });

  app.get(
    '/users/:id',
    { schema: { tags, params: userIdParams, response: { 200: userResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentUser(actor, await users.getUser(deps, actor, request.params.id));
    },
  );

  app.post(
    '/users',
    { schema: { tags, body: createUserBody, response: { 201: userResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(presentUser(actor, await users.createUser(deps, actor, request.body)));
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: { tags, params: userIdParams, body: updateUserBody, response: { 200: userResponse } },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentUser(
        actor,
        await users.updateUser(deps, actor, request.params.id, request.body),
      );
    },
  );

  app.post(
    '/users/:id/password',
    { schema: { tags, params: userIdParams, body: resetPasswordBody, response: noContent } },
    async (request, reply) => {
      const actor = requireActor(request);
      await users.resetPassword(deps, actor, request.params.id, request.body.newPassword);
      return reply.status(204).send();
    },
  );

  app.post(
    '/users/:id/unlock',
    { schema: { tags, params: userIdParams, response: noContent } },
    async (request, reply) => {
      const actor = requireActor(request);
      await users.unlockSignIn(deps, actor, request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/users/:id/grants',
    { schema: { tags, params: userIdParams, body: grantBody, response: { 200: userResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentUser(
        actor,
        await users.grantRole(deps, actor, request.params.id, request.body),
      );
    },
  );

  app.delete(
    '/grants/:id',
    { schema: { tags, params: grantIdParams, response: noContent } },
    async (request, reply) => {
      const actor = requireActor(request);
      await users.revokeGrant(deps, actor, request.params.id);
      return reply.status(204).send();
    },
  );
};
