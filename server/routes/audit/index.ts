import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { readAuditTrail, verifyAuditTrail } from '../../services/audit-log.ts';

const entry = z.object({
  seq: z.int(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

/** Who changed what: the audit trail, read-only, for the province's administrators and office. */
export const auditRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['audit'];
  app.get(
    '/audit',
    {
      schema: {
        tags,
        querystring: z.object({
          entityType: z.string().max(60).optional(),
          entityId: z.string().max(100).optional(),
          actorId: z.uuid().optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ entries: z.array(entry), next: z.int().nullable() }) },
      },
    },
    async (request) => {
      const { entries, next } = await readAuditTrail(deps, requireActor(request), request.query);
      return {
        entries: entries.map((e) => ({
          ...e,
          at: new Date(e.at).toISOString(),
          before: e.before ?? null,
          after: e.after ?? null,
        })),
        next,
      };
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.int(),
            brokenAt: z.int().optional(),
            reason: z.enum(['prev_hash', 'hash']).optional(),
          }),
        },
      },
    },
    async (request) => verifyAuditTrail(deps, requireActor(request)),
  );
};
