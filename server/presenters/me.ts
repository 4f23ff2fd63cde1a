import type { MeResponse } from '../../shared/contracts/auth.ts';
import type { Deps } from '../deps.ts';
import { shellAbilities } from '../policies/shell.ts';
import { findRootUnitId, unitNamesOn } from '../repositories/unit-names.ts';
import type { SessionContext } from '../services/auth.ts';

/** The signed-in user, their grants named, and what the shell may offer them. */
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
    grants: actor.grants.map((g) => ({
      id: g.id,
      role: g.role,
      unitId: g.unitId,
      unitName: names.get(g.unitId) ?? '',
    })),
    abilities: shellAbilities(actor, await findRootUnitId(deps.db, actor.tenantId)),
  };
}
