/** Liveness and the OpenAPI document. */
import { z } from 'zod';

/** `database`: the embedded PGlite or a PostgreSQL server (server/db/client.ts). */
export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'postgresql']),
});
export type HealthResponse = z.infer<typeof healthResponse>;

/** The generated OpenAPI 3 document: its version is checked, the rest passes through as built. */
export const openApiResponse = z.looseObject({ openapi: z.string() });
