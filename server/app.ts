import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RouteOptions,
} from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { safeTextGuard } from '../shared/contracts/common.ts';
import { AppError } from '../shared/errors.ts';
import type { Deps } from './deps.ts';
import { registerCompression } from './plugins/compress.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { passwordChangePlugin } from './plugins/password-change.ts';
import { registerSecurity, type RateLimits } from './plugins/security.ts';
import { sessionPlugin } from './plugins/session.ts';
import { tenantPlugin } from './plugins/tenant.ts';
import { registerPublicPages } from './pages/index.ts';
import { registerRoutes } from './routes/index.ts';
import { loadIndexHtml, staticCacheHeaders } from './static/serve.ts';

export interface AppOptions {
  logger?: boolean | object;
  /** Serve the built front end from config.appDir when it exists. */
  serveApp?: boolean;
  /** Rate limits per session and route class (security.ts); false turns them off, an object resizes them. */
  rateLimit?: boolean | Partial<RateLimits>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered, with its schema: tests walk it so a new route is covered. */
    routeTable: readonly RouteOptions[];
  }
}

/**
 * Fastify logs two lines per request (received, completed); this writes one when the answer
 * is sent, with method, URL, status and time (ADR 0050). Errors keep Fastify's own line.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest() {}
  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    if (error) return super.requestCompleted(error, request, reply);
    reply.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  }
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: deps.config.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    logController: new OneLinePerRequest(),
  }).withTypeProvider<ZodTypeProvider>();
  const routeTable: RouteOptions[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    routeTable.push(route);
  });
  // Unsafe text (NUL, lone surrogates) is refused before every route's schema, in one place.
  app.setValidatorCompiler((route) =>
    validatorCompiler({ ...route, schema: safeTextGuard.pipe(route.schema as z.ZodType) }),
  );
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerSecurity(app, { rateLimit: options.rateLimit });
  registerCompression(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'thidua API',
        version: '0.1.0',
        description: 'Emulation movements: plans, units, reports, commendations.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'thidua_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The tenant comes first: the session is accepted only on its own tenant's host.
  await app.register(tenantPlugin, { deps });
  await app.register(sessionPlugin, { deps });
  await app.register(passwordChangePlugin);
  await registerRoutes(app, deps);

  const indexHtml = path.join(deps.config.appDir, 'index.html');
  const serveApp = options.serveApp !== false && fs.existsSync(indexHtml);
  if (serveApp) {
    // The file list is read once at start; rebuild the UI, then restart (development uses Vite's server).
    // Pre-compressed copies (.br, .gz, written at build) go out by Accept-Encoding (ADR 0045).
    await app.register(fastifyStatic, {
      root: deps.config.appDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      // robots.txt and sitemap.xml are answered per host (server/pages/).
      globIgnore: ['**/*.br', '**/*.gz', 'index.html', 'robots.txt', 'sitemap.xml'],
      cacheControl: false,
      setHeaders: staticCacheHeaders,
    });
  }
  const indexPage = serveApp ? loadIndexHtml(indexHtml) : undefined;
  if (indexPage)
    registerPublicPages(app, deps, {
      template: indexPage.template,
      sendApp: (request, reply) => indexPage.send(request, reply),
    });
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (indexPage && isPage) return indexPage.send(request, reply);
    throw new AppError(404, request.url.startsWith('/api') ? 'route_not_found' : 'not_found');
  });
  return app;
}
