import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { checkHealth } from '../../services/health.ts';
import { healthResponse, openApiResponse } from '../../../shared/contracts/system.ts';

/** Liveness with a real database round trip, and the OpenAPI document. */
export const systemRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/health',
    {
      config: { anyTenant: true },
      schema: { tags: ['system'], response: { 200: healthResponse } },
    },
    () => checkHealth(deps),
  );

  app.get(
    '/openapi.json',
    { config: { anyTenant: true }, schema: { hide: true, response: { 200: openApiResponse } } },
    async () => {
      const document = app.swagger();
      // app.ts registers the generator for OpenAPI 3; a Swagger 2 document would be a bug there
      if (!('openapi' in document)) throw new Error('the API document is not OpenAPI 3');
      // a plain copy: the interface itself has no index signature for the loose contract
      return { ...document };
    },
  );
};
