import type { Deps } from '../deps.ts';
import { shellAbilities } from '../policies/users.ts';
import { findRootUnitId, unitNamesOn } from '../repositories/unit-names.ts';
import type { MeResponse } from '../routes/auth/schema.ts';
import type { SessionContext } from '../services/auth.ts';

export async function presentMe(deps: Deps, context: SessionContext): Promise<MeResponse> {
  const { actor } = context;
  const names = await unitNamesOn(
    deps.db,
    actor.tenantId,
    [...new Set(actor.grants.map((g) => g.unitId))],
    deps.today(),
  );
  return {
    id: actor.id,
    tenantId: actor.tenantId,
    username: actor.username,
    fullName: actor.fullName,
    mustChangePassword: context.mustChangePassword,
    csrfToken: context.csrfToken,
    grants: actor.grants.map((g) => ({ ...g, unitName: names.get(g.unitId) ?? '' })),
    abilities: shellAbilities(actor, await findRootUnitId(deps.db, actor.tenantId)),
  };
}
