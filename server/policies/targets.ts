import { hasAnyRole, isOffice, type Actor, type Policy } from './actor.ts';

/**
 * A province target as policies see it: the root unit whose emulation office owns province
 * targets, the unit an actual is for (null: province-wide), and whether the target was
 * cascaded to that unit for the year.
 */
export interface TargetSubject {
  rootUnitId: string;
  unitId: string | null;
  assignedToUnit: boolean;
}

/**
 * Targets come from a public plan, so every signed-in user reads them. The emulation office
 * (granted on the root) enters province actuals and cascades targets; a unit's head or
 * officer enters that unit's actual once the target was cascaded to it for the year.
 */
export const targetPolicy = {
  read: () => true,
  enterActual: (a: Actor, t: TargetSubject) =>
    isOffice(a, t.rootUnitId) ||
    (t.unitId !== null &&
      t.assignedToUnit &&
      hasAnyRole(a, ['unit_head', 'unit_officer'], t.unitId)),
  assign: (a: Actor, t: TargetSubject) => isOffice(a, t.rootUnitId),
} satisfies Policy<TargetSubject>;

/**
 * Whether the actor may enter some actual: the office province-wide, a unit's head or officer
 * for the targets cascaded to their unit (which ones is `enterActual`'s answer per target).
 */
export const entersSomeActual = (a: Actor, rootUnitId: string) =>
  isOffice(a, rootUnitId) || hasAnyRole(a, ['unit_head', 'unit_officer']);
