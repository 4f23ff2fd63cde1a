import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.ts';
import { auditRoutes } from './audit/index.ts';
import { authRoutes } from './auth/index.ts';
import { blockRoutes } from './blocks/index.ts';
import { commendationRoutes } from './commendations/index.ts';
import { commendationSettingsRoutes } from './commendation-settings/index.ts';
import { initiativeRoutes } from './initiatives/index.ts';
import { notificationRoutes } from './notifications/index.ts';
import { peopleRoutes } from './people/index.ts';
import { criteriaRoutes } from './criteria/index.ts';
import { planRoutes } from './plans/index.ts';
import { publicRoutes } from './public/index.ts';
import { registrationRoutes } from './registrations/index.ts';
import { reportRoutes } from './reports/index.ts';
import { scoreRoutes } from './scores/index.ts';
import { systemRoutes } from './system/index.ts';
import { targetRoutes } from './targets/index.ts';
import { unitRoutes } from './units/index.ts';
import { userRoutes } from './users/index.ts';
import { wasteRoutes } from './waste/index.ts';
import { thriftRoutes } from './thrift/index.ts';
import { open311Routes } from './open311/index.ts';
import { councilRoutes } from './council/index.ts';
import { nominationRoutes } from './nominations/index.ts';
import { publicNominationRoutes } from './nominations/public.ts';
import { projectRoutes } from './projects/index.ts';

/** Every API route plugin, mounted under /api. One line per area. */
export async function registerRoutes(app: FastifyInstance, deps: Deps) {
  await app.register(
    async (api) => {
      await api.register(systemRoutes, { deps });
      await api.register(authRoutes, { deps });
      await api.register(auditRoutes, { deps });
      await api.register(userRoutes, { deps });
      await api.register(publicRoutes, { deps });
      await api.register(unitRoutes, { deps });
      await api.register(blockRoutes, { deps });
      await api.register(commendationRoutes, { deps });
      await api.register(commendationSettingsRoutes, { deps });
      await api.register(peopleRoutes, { deps });
      await api.register(initiativeRoutes, { deps });
      await api.register(criteriaRoutes, { deps });
      await api.register(targetRoutes, { deps });
      await api.register(registrationRoutes, { deps });
      await api.register(notificationRoutes, { deps });
      await api.register(reportRoutes, { deps });
      await api.register(planRoutes, { deps });
      await api.register(wasteRoutes, { deps });
      await api.register(thriftRoutes, { deps });
      await api.register(scoreRoutes, { deps });
      await api.register(nominationRoutes, { deps });
      await api.register(councilRoutes, { deps });
      await api.register(publicNominationRoutes, { deps });
      await api.register(projectRoutes, { deps });
    },
    { prefix: '/api' },
  );
  // Open311 GeoReport v2 for citizens' waste reports (issue 14), outside /api as clients expect.
  await app.register(open311Routes, { deps, prefix: '/open311/v2' });
}
