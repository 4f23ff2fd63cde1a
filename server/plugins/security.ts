import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Requests per minute, per class (ADR 0050). A signed-in request counts against its session,
 * never its address, so a province's offices behind one NAT address are never refused for
 * sharing it; other anonymous requests (sign-in among them, itself throttled per username and
 * address in the database) count per address. Public reads (answered from memory, ADR 0051)
 * and the liveness probe are not counted: flooding them is the reverse proxy's concern.
 */
export interface RateLimits {
  session: number;
  anonymous: number;
}

export const defaultRateLimits: RateLimits = { session: 1200, anonymous: 3000 };

/** The bucket a request counts against: its session, else its address (public reads: none). */
export function rateKey(request: FastifyRequest): string {
  if (request.auth) return `session:${request.auth.tokenHash}`;
  // Only reads go uncounted: a public write (a comment, a citizen's report) counts per address.
  const read = request.method === 'GET' || request.method === 'HEAD';
  const uncounted = read && (request.url.startsWith('/api/public/') || request.url === '/api/health');
  return `${uncounted ? 'public' : 'anonymous'}:${request.ip}`;
}

const classOf = (key: string) => key.slice(0, key.indexOf(':'));

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
      allowList: (_request, key) => classOf(key) === 'public',
      max: (_request, key) => limits[classOf(key) as keyof RateLimits] ?? limits.anonymous,
      timeWindow: '1 minute',
      cache: 50_000,
    });
  }
}
