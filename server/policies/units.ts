import { forbidden, notFound } from '../../shared/errors.ts';
import { ancestorsOn, lastDay, type UnitIndex } from '../domain/units/index.ts';
import { hasRole, type Actor, type Policy } from './actor.ts';
import { authorize } from './authorize.ts';

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
 * over the child's dates. The Excel import asks the same rule (mayCreateUnder).
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

/** An administrator somewhere: imports units and sees the tree's change forms. */
export const managesUnits = (a: Actor) => hasRole(a, 'admin');

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

/** A unit as the actor's policies judge it, given its ancestors on the day it is judged by. */
export const unitSubject = (
  actor: Actor,
  node: { id: string; validTo: string | null; ancestors: readonly string[] },
): UnitSubject => ({
  id: node.id,
  tenantId: actor.tenantId,
  validTo: node.validTo,
  ancestors: node.ancestors,
});

/** A unit of the index with its ancestors on the day it is judged by (see HistoricalUnit). */
export function historicalIn(index: UnitIndex, unitId: string, day: string): HistoricalUnit {
  const unit = index.unit(unitId);
  return { id: unitId, ancestors: unit ? ancestorsOn(index, unitId, lastDay(unit, day)) : [] };
}

/** 404 when the unit is not the tenant's, 403 when the action is not allowed on it. */
export function authorizeOn(
  actor: Actor,
  index: UnitIndex,
  day: string,
  id: string,
  action: keyof typeof unitPolicy,
): void {
  const unit = index.unit(id);
  if (!unit) throw notFound();
  authorize(
    unitPolicy,
    actor,
    action,
    unitSubject(actor, { ...unit, ancestors: historicalIn(index, id, day).ancestors }),
  );
}

/** Admin on every existing unit among `ids`; unknown ids are left for the planner to report as field errors. */
export function authorizeRestructure(
  actor: Actor,
  index: UnitIndex,
  day: string,
  ids: readonly (string | null | undefined)[],
): void {
  const known = ids.filter((id): id is string => !!id && !!index.unit(id));
  const allowed = known.length
    ? restructurePolicy.restructure(actor, {
        tenantId: actor.tenantId,
        units: known.map((id) => historicalIn(index, id, day)),
      })
    : hasRole(actor, 'admin');
  if (!allowed) throw forbidden();
}

/**
 * Whether the actor may create a unit under `parentId` (null: at the top): the one rule of the
 * create form and the Excel import. The parent may have ended; the planners then check that it
 * exists over the new unit's dates (checkReceiver).
 */
export function mayCreateUnder(
  actor: Actor,
  index: UnitIndex,
  day: string,
  parentId: string | null,
  rootUnitId: string | undefined,
): boolean {
  if (parentId === null) return canCreateTopLevel(actor, rootUnitId);
  const parent = index.unit(parentId);
  return (
    !!parent &&
    unitPolicy.createChild(
      actor,
      unitSubject(actor, { ...parent, ancestors: historicalIn(index, parentId, day).ancestors }),
    )
  );
}

/** The create form's check; an unknown parent is left for the planner to report as a field error. */
export function authorizeCreate(
  actor: Actor,
  index: UnitIndex,
  day: string,
  parentId: string | null | undefined,
  rootUnitId: string | undefined,
): void {
  if (parentId && !index.unit(parentId)) return;
  if (!mayCreateUnder(actor, index, day, parentId ?? null, rootUnitId)) throw forbidden();
}

/**
 * Importing units or successions from a workbook is an administrator's task; each row is
 * then judged on its own (`importCreateRule`, `importRestructureRule`) and refused as a row
 * error, not a 403.
 */
export function authorizeImport(actor: Actor): void {
  if (!managesUnits(actor)) throw forbidden();
}

/** Whether an imported unit may be created under `parentId`: the create form's rule. */
export const importCreateRule =
  (actor: Actor, index: UnitIndex, day: string, rootUnitId: string | undefined) =>
  (parentId: string | null) =>
    mayCreateUnder(actor, index, day, parentId, rootUnitId);

/** Whether an imported succession may link these units: the admin covers every one of them. */
export const importRestructureRule =
  (actor: Actor, index: UnitIndex, day: string) => (unitIds: string[]) =>
    unitIds.every((id) => administersHistory(actor, historicalIn(index, id, day)));
