import type { Role } from '../../shared/roles.ts';
import type { Actor } from '../../server/policies/actor.ts';

/**
 * A pure actor for policy tests: `grants` maps roles to the units they cover (as the
 * scope query would have expanded them).
 */
export function actorWith(id: string, grants: Partial<Record<Role, string[]>>): Actor {
  const scope = new Map<Role, Set<string>>();
  const list: Actor['grants'] = [];
  for (const [role, units] of Object.entries(grants) as [Role, string[]][]) {
    scope.set(role, new Set(units));
    if (units[0]) list.push({ id: `${id}-${role}`, role, unitId: units[0] });
  }
  return { id, tenantId: 't', username: id, fullName: id, grants: list, scope };
}
