import { covers, hasAnyRole, isOffice, type Actor, type Policy } from './actor.ts';

/** A unit's score as policies see it. */
export interface ScoreSubject {
  rootUnitId: string;
  unitId: string;
}

/**
 * Scores (issue 10): the emulation office reads and acts on all; a unit's own users (any
 * grant covering it) read its explanation and its head or officer may object; nobody else
 * reads a unit's explanation — they see published totals only.
 */
export const scorePolicy = {
  read: (a: Actor, s: ScoreSubject) => isOffice(a, s.rootUnitId) || covers(a, s.unitId),
  object: (a: Actor, s: ScoreSubject) => hasAnyRole(a, ['unit_head', 'unit_officer'], s.unitId),
} satisfies Policy<ScoreSubject>;

/** The year's results as a whole: the office recomputes, sets the objection period, publishes. */
export const scoresYearPolicy = {
  readLive: (a: Actor, rootUnitId: string) => isOffice(a, rootUnitId),
  recompute: (a: Actor, rootUnitId: string) => isOffice(a, rootUnitId),
  publish: (a: Actor, rootUnitId: string) => isOffice(a, rootUnitId),
  setWindow: (a: Actor, rootUnitId: string) => isOffice(a, rootUnitId),
} satisfies Policy<string>;
