import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { TenantRef } from '../domain/tenants/hosts.ts';
import { tenantForHost } from '../services/tenant-directory.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant of the request's host (ADR 0020); set on every /api request. */
    tenant: TenantRef;
  }
  interface FastifyContextConfig {
    /** Answers on any host without a tenant (liveness, the API description). */
    anyTenant?: boolean;
  }
}

/** The tenant whose data the request may touch; handlers pass it to services. */
export function tenantOf(request: FastifyRequest): TenantRef {
  if (!request.tenant) throw new AppError(404, 'unknown_tenant');
  return request.tenant;
}

/**
 * Resolves `request.tenant` from the Host header before the session is read: a registered
 * host names its tenant; any other host is served by the only tenant when there is one,
 * else answered 404 `unknown_tenant`. The host map is held in memory (services/tenant-directory).
 */
export const tenantPlugin = fp(async (app: FastifyInstance, opts: { deps: Deps }) => {
  app.decorateRequest('tenant', undefined as unknown as TenantRef);
  app.addHook('onRequest', async (request) => {
    // Liveness and the API description answer on any host and need no tenant lookup.
    const scoped = request.url.startsWith('/api/') || request.url.startsWith('/open311/');
    if (!scoped || request.routeOptions.config?.anyTenant) return;
    const tenant = await tenantForHost(opts.deps, request.headers.host);
    if (!tenant) throw new AppError(404, 'unknown_tenant');
    request.tenant = tenant;
  });
});
