import type { Deps } from '../deps.ts';
import { ping } from '../repositories/health.ts';

/** Liveness: the database answers. */
export async function checkHealth(deps: Deps) {
  await ping(deps.db);
  return { status: 'ok' as const, database: deps.dbKind };
}
