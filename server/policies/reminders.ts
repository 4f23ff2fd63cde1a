import { hasRole, isOffice, type Actor, type Policy } from './actor.ts';

/** A unit that has to report in a period, as the "remind now" rule sees it. */
export interface RemindSubject {
  rootUnitId: string;
  unitId: string;
}

/** The head's own unit: a head reminds the units under it, not itself. */
const headsItself = (a: Actor, unitId: string) =>
  a.grants.some((g) => g.role === 'unit_head' && g.unitId === unitId);

/**
 * The emulation office on the root reminds any unit; a unit head reminds the units its
 * grant covers below its own unit. Periods and their units are visible to every signed-in user.
 */
export const remindPolicy = {
  read: () => true,
  remind: (a: Actor, s: RemindSubject) =>
    isOffice(a, s.rootUnitId) || (hasRole(a, 'unit_head', s.unitId) && !headsItself(a, s.unitId)),
} satisfies Policy<RemindSubject>;

/** Whether the actor may remind anyone at all (else the endpoint answers 403, not an empty result). */
export const mayRemindSomeone = (a: Actor, rootUnitId: string) =>
  isOffice(a, rootUnitId) || hasRole(a, 'unit_head');
