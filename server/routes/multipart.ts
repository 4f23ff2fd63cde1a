import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { z } from 'zod';

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
