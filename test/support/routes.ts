import type { RouteOptions } from 'fastify';
import type { FastifyInstance } from 'fastify';

/** One API route as the route table holds it, with the parts of its schema. */
export interface ApiRoute {
  method: string;
  url: string;
  schema: {
    params?: unknown;
    querystring?: unknown;
    body?: unknown;
    headers?: unknown;
    response?: Record<string, unknown>;
  };
  /** The route reads a multipart/form-data upload (its config describes the form, server/routes/multipart.ts). */
  multipart?: boolean;
}

/** Every /api route of a built app (HEAD twins left out), in registration order. */
export function apiRoutes(app: FastifyInstance): ApiRoute[] {
  const out: ApiRoute[] = [];
  for (const route of app.routeTable as RouteOptions[]) {
    if (!route.url.startsWith('/api/')) continue;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const multipart = Boolean((route.config as { swaggerTransform?: unknown })?.swaggerTransform);
      out.push({
        method,
        url: route.url,
        schema: (route.schema ?? {}) as ApiRoute['schema'],
        ...(multipart ? { multipart } : {}),
      });
    }
  }
  return out;
}
