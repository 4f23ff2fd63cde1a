import type { MeResponse } from '../../shared/contracts/auth.ts';
import { shellAbilities } from '../policies/shell.ts';
import type { MeView } from '../services/me.ts';

/** The signed-in user, their grants named, and what the shell may offer them. */
export function presentMe({ context, names, rootUnitId }: MeView): MeResponse {
  const { actor } = context;
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
    abilities: shellAbilities(actor, rootUnitId),
  };
}
