import type { Role } from '../../shared/roles.ts';

export interface Grant {
  id: string;
  role: Role;
  unitId: string;
}

/**
 * Who is acting. `scope` holds, for each role, every unit the actor's grants of that role
 * cover: the granted units' subtrees today plus all their predecessors, so a grant on a
 * merged unit's successor also reaches the records of the units merged into it.
 */
export interface Actor {
  id: string;
  tenantId: string;
  username: string;
  fullName: string;
  grants: Grant[];
  scope: ReadonlyMap<Role, ReadonlySet<string>>;
}

/** The actor holds `role` on some unit, or on a unit covering `unitId` when given. */
export function hasRole(actor: Actor, role: Role, unitId?: string): boolean {
  const units = actor.scope.get(role);
  if (!units || units.size === 0) return false;
  return unitId === undefined || units.has(unitId);
}

export function hasAnyRole(actor: Actor, roles: readonly Role[], unitId?: string): boolean {
  return roles.some((role) => hasRole(actor, role, unitId));
}

/**
 * The emulation office: an `emulation_office` grant covering the tenant's root unit (the
 * province). The same role granted on a department or a commune is that unit's, not the
 * office's; without a root unit (an empty tenant) nobody is the office.
 */
export function isOffice(actor: Actor, rootUnitId: string | null | undefined): boolean {
  return rootUnitId != null && hasRole(actor, 'emulation_office', rootUnitId);
}

/** Any of the actor's grants covers the unit. */
export function covers(actor: Actor, unitId: string): boolean {
  for (const units of actor.scope.values()) if (units.has(unitId)) return true;
  return false;
}

/** A policy maps action names to pure predicates over (actor, record). */
export type Policy<T> = Record<string, (actor: Actor, record: T) => boolean>;

/** The actions of a policy the actor may take on a record; presenters attach this. */
export function abilities<T, P extends Policy<T>>(
  policy: P,
  actor: Actor,
  record: T,
): Record<keyof P, boolean> {
  const out = {} as Record<keyof P, boolean>;
  for (const action of Object.keys(policy) as (keyof P)[])
    out[action] = policy[action]!(actor, record);
  return out;
}
