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
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'internal');
  });
}
