import type { Deps } from '../deps.ts';
import { findRootUnitId, unitNamesOn } from '../repositories/unit-names.ts';
import type { SessionContext } from './auth.ts';

/** What /api/me shows besides the session: the grants' unit names today and the root unit. */
export async function loadMe(deps: Deps, context: SessionContext) {
  const { actor } = context;
  const [names, rootUnitId] = await Promise.all([
    unitNamesOn(
      deps.db,
      actor.tenantId,
      [...new Set(actor.grants.map((g) => g.unitId))],
      deps.today(),
    ),
    findRootUnitId(deps.db, actor.tenantId),
  ]);
  return { context, names, rootUnitId };
}

export type MeView = Awaited<ReturnType<typeof loadMe>>;
