import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../shared/errors.ts';
import { translate, type MessageKey } from '../../shared/i18n/errors.ts';
import { fieldErrors, type IssueLike } from '../../shared/i18n/zod-issues.ts';
import { pickLocale } from '../../shared/locale.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: MessageKey,
  extra: { fields?: Record<string, string>; params?: Record<string, unknown> } = {},
) {
  const locale = pickLocale(request.headers['accept-language']);
  const body: ErrorBody = { error: { code, message: translate(code, locale, extra.params) } };
  if (extra.fields && Object.keys(extra.fields).length) body.error.fields = extra.fields;
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own client-error codes mapped to ours; anything else from a client is a 400. */
const fastifyClientErrors: Record<string, { status: number; code: MessageKey }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_body' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
};

/**
 * The SQLSTATE of a database error, looked for on the error and its causes (Drizzle wraps the
 * driver's error; node-postgres and PGlite both carry `code`).
 */
export function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Database errors a client's input can cause, never a 500: class 22 (data exception: a value out
 * of range, a NUL, bad encoding or format), not-null/foreign-key/check violations (23502, 23503,
 * 23514) as 400, a unique violation (23505) as 409, and 54000 (a value too large to index) as 400.
 */
export function clientDataError(
  state: string | undefined,
): { status: number; code: MessageKey } | undefined {
  if (!state) return undefined;
  if (state.startsWith('22') || state === '54000') return { status: 400, code: 'invalid_value' };
  if (state === '23502' || state === '23503' || state === '23514')
    return { status: 400, code: 'invalid_value' };
  if (state === '23505') return { status: 409, code: 'conflict' };
  return undefined;
}

/** One error handler: every failure leaves as `{"error":{"code","message","fields"?}}` in the user's language. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = pickLocale(request.headers['accept-language']);
    if (error instanceof AppError) {
      const fields = error.fields
        ? Object.fromEntries(
            Object.entries(error.fields).map(([k, p]) => [k, translate(p.key, locale, p.params)]),
          )
        : undefined;
      if (error.status === 429 && typeof error.params.seconds === 'number')
        reply.header('retry-after', String(error.params.seconds));
      return send(reply, request, error.status, error.code, { fields, params: error.params });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues: IssueLike[] = error.validation.map((v) => ({
        ...(v.params as object),
        code: v.keyword,
        message: v.message ?? '',
        path: v.instancePath.split('/').filter(Boolean),
      }));
      return send(reply, request, 400, 'validation_failed', {
        fields: fieldErrors(issues, locale),
      });
    }
    const mapped = error.code ? fastifyClientErrors[error.code] : undefined;
    if (mapped) return send(reply, request, mapped.status, mapped.code);
    if (error.statusCode === 429) return send(reply, request, 429, 'too_many_requests');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(
        reply,
        request,
        error.statusCode,
        error.statusCode === 404 ? 'not_found' : 'validation_failed',
      );
    }
    const data = clientDataError(sqlState(error));
    if (data) {
      // Logged with the request's id, also sent back, so a report names the failing request.
      request.log.warn({ err: error, correlationId: request.id }, 'database refused client data');
      reply.header('x-correlation-id', String(request.id));
      return send(reply, request, data.status, data.code);
    }
    reply.header('x-correlation-id', String(request.id));
    request.log.error({ err: error, correlationId: request.id }, 'unhandled error');
    return send(reply, request, 500, 'internal');
  });
}
