import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  commendationSettings,
  commendationSettingsBody,
} from '../../../shared/contracts/commendation-settings.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentCommendationSettings } from '../../presenters/commendation-settings.ts';
import {
  readCommendationSettings,
  updateCommendationSettings,
} from '../../services/commendation-settings.ts';

/** The office's commendation settings: how merged units' records count (ADR 0021). */
export const commendationSettingsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  const tags = ['commendations'];
  app.get(
    '/commendations/settings',
    { schema: { tags, response: { 200: commendationSettings } } },
    async (request) => {
      const actor = requireActor(request);
      return presentCommendationSettings(actor, await readCommendationSettings(deps, actor));
    },
  );
  app.put(
    '/commendations/settings',
    { schema: { tags, body: commendationSettingsBody, response: { 200: commendationSettings } } },
    async (request) => {
      const actor = requireActor(request);
      return presentCommendationSettings(
        actor,
        await updateCommendationSettings(deps, actor, request.body),
      );
    },
  );
};
