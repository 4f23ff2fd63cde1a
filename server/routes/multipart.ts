import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, invalid } from '../../shared/errors.ts';
import { isSafeText } from '../../shared/contracts/common.ts';

/**
 * Route config describing an upload in /api/openapi.json as a `multipart/form-data` body with
 * the form's fields (shared/contracts/uploads.ts). Only the document sees the form: Fastify
 * does not validate it, the upload readers check the parts and answer in our error format.
 */
export function multipartForm(form: z.ZodType): { swaggerTransform: SwaggerTransform } {
  return {
    swaggerTransform: (args) =>
      jsonSchemaTransform({
        ...args,
        schema: { ...args.schema, consumes: ['multipart/form-data'], body: form },
      }),
  };
}

/**
 * What a failure while reading multipart parts means to the client: limits are 413, a body that
 * is not multipart is 415, and anything else the parser throws (no boundary, truncated body,
 * broken headers) is the client's malformed body, 400, never a 500.
 */
export function multipartError(error: unknown, tooLarge?: () => AppError): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return tooLarge?.() ?? new AppError(413, 'payload_too_large');
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new AppError(413, 'payload_too_large');
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError(415, 'unsupported_media_type');
  return new AppError(400, 'malformed_body');
}

/** A text part of a form, refused like any JSON text field when it holds NUL or broken UTF-16. */
export function formText(field: string, value: unknown): string {
  const text = String(value ?? '');
  if (!isSafeText(text)) throw invalid({ [field]: { key: 'text_invalid_character' } });
  return text;
}
