import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';

const health = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgresql']) });

/** Liveness with a real database round trip, and the OpenAPI document. */
export const systemRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/health',
    { config: { anyTenant: true }, schema: { tags: ['system'], response: { 200: health } } },
    async () => {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: deps.dbKind };
    },
  );

  app.get('/openapi.json', { config: { anyTenant: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
};
