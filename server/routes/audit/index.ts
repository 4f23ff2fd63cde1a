import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentAuditPage } from '../../presenters/audit.ts';
import { readAuditTrail, verifyAuditTrail } from '../../services/audit-log.ts';
import {
  auditListResponse,
  auditQuery,
  auditVerifyResponse,
} from '../../../shared/contracts/audit.ts';

/** Who changed what: the audit trail, read-only, for the province's administrators and office. */
export const auditRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['audit'];
  app.get(
    '/audit',
    { schema: { tags, querystring: auditQuery, response: { 200: auditListResponse } } },
    async (request) =>
      presentAuditPage(await readAuditTrail(deps, requireActor(request), request.query)),
  );

  app.get(
    '/audit/verify',
    { schema: { tags, response: { 200: auditVerifyResponse } } },
    async (request) => verifyAuditTrail(deps, requireActor(request)),
  );
};
