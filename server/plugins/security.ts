import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Requests per minute, per class (ADR 0050). A signed-in request counts against its session,
 * never its address, so a province's offices behind one NAT address are never refused for
 * sharing it; public reads (served from a cache, ADR 0051) and other anonymous requests
 * (sign-in among them, itself throttled per username and address in the database) count
 * per address.
 */
export interface RateLimits {
  session: number;
  public: number;
  anonymous: number;
}

export const defaultRateLimits: RateLimits = { session: 1200, public: 60_000, anonymous: 3000 };

/** The bucket a request counts against: its session, or its address and class. */
export function rateKey(request: FastifyRequest): string {
  if (request.auth) return `session:${request.auth.tokenHash}`;
  const cls = request.url.startsWith('/api/public/') ? 'public' : 'anonymous';
  return `${cls}:${request.ip}`;
}

const classOf = (key: string) => key.slice(0, key.indexOf(':')) as keyof RateLimits;

/** Security headers with a CSP that forbids inline scripts, and rate limits per session and route class. */
export async function registerSecurity(
  app: FastifyInstance,
  options: { rateLimit?: boolean | Partial<RateLimits> } = {},
) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through style attributes; no script may be inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  });
  if (options.rateLimit !== false) {
    const limits = {
      ...defaultRateLimits,
      ...(typeof options.rateLimit === 'object' ? options.rateLimit : {}),
    };
    await app.register(rateLimit, {
      global: true,
      // After the session is resolved (onRequest), so a signed-in request is keyed by it.
      hook: 'preHandler',
      keyGenerator: rateKey,
      max: (_request, key) => limits[classOf(key)],
      timeWindow: '1 minute',
      cache: 50_000,
    });
  }
}
