import { hasRole, type Actor, type Policy } from './actor.ts';

/**
 * A unit with its ancestors as they stood on the day it is judged by (today while it lasts,
 * its last day once ended, its first day if it has not begun). Grant scopes are computed on
 * today's tree, so a unit that has not begun yet or has ended is reached through its ancestors.
 */
export interface HistoricalUnit {
  id: string;
  ancestors: readonly string[];
}

/** A unit as policies see it; `validTo` null means it has not ended. */
export interface UnitSubject extends HistoricalUnit {
  tenantId: string;
  validTo: string | null;
}

/** An admin over the unit or any of its ancestors administers it (and its history). */
export const administersHistory = (a: Actor, u: HistoricalUnit) =>
  [u.id, ...u.ancestors].some((id) => hasRole(a, 'admin', id));

const adminOfLiveUnit = (a: Actor, u: UnitSubject) =>
  u.validTo === null && administersHistory(a, u);

/**
 * The org structure is public information inside a tenant: anyone signed in reads it.
 * Changing a unit needs an admin grant covering it; ended units are history and stay as they are.
 * A child may be created under an ended unit too (a commune of a dissolved district, recorded
 * afterwards): the admin must cover the parent, and the planner checks that the parent exists
 * over the child's dates. The Excel import asks the same rule (services/units.ts mayCreateUnder).
 */
export const unitPolicy = {
  read: (a: Actor, u: UnitSubject) => a.tenantId === u.tenantId,
  rename: adminOfLiveUnit,
  move: adminOfLiveUnit,
  dissolve: adminOfLiveUnit,
  createChild: (a: Actor, u: UnitSubject) => a.tenantId === u.tenantId && administersHistory(a, u),
} satisfies Policy<UnitSubject>;

/** A change that touches several units at once: merge, split, a move (unit and new parent), a dissolve with a successor. */
export interface RestructureSubject {
  tenantId: string;
  units: readonly HistoricalUnit[];
}

export const restructurePolicy = {
  read: (a: Actor, r: RestructureSubject) => a.tenantId === r.tenantId,
  /** The admin must cover every unit involved, so no one reshapes a part of the tree they do not administer. */
  restructure: (a: Actor, r: RestructureSubject) =>
    r.units.length > 0 && r.units.every((u) => administersHistory(a, u)),
} satisfies Policy<RestructureSubject>;

/** A top-level unit (no parent) is created only by an admin of the tenant's root unit. */
export const canCreateTopLevel = (a: Actor, rootUnitId: string | undefined) =>
  rootUnitId !== undefined && hasRole(a, 'admin', rootUnitId);

/** Buttons the tree shows on a unit. */
export const unitAbilities = (a: Actor, u: UnitSubject) => ({
  rename: unitPolicy.rename(a, u),
  move: unitPolicy.move(a, u),
  dissolve: unitPolicy.dissolve(a, u),
  createChild: unitPolicy.createChild(a, u),
});
export type UnitAbilities = ReturnType<typeof unitAbilities>;
