import { hasAnyRole, hasRole, isOffice, type Actor } from './actor.ts';

/**
 * Who does what with a citizen's waste report (issue 14). The office (emulation office on
 * the province) routes, forwards, publishes and returns; the officers of the unit it is
 * assigned to verify and conclude; supervisors (the Fatherland Front) read and comment on
 * reports of their area. The reporter's identity: only the officers named on the report and
 * the office (Decree 13/2023).
 */
export interface WasteSubject {
  rootUnitId: string;
  communeUnitId: string;
  assignedUnitId: string | null;
  officerIds: readonly string[];
}

const handlerRoles = ['unit_head', 'unit_officer'] as const;

const office = (a: Actor, s: WasteSubject) => isOffice(a, s.rootUnitId);
const ofAssignedUnit = (a: Actor, s: WasteSubject) =>
  s.assignedUnitId !== null && hasAnyRole(a, handlerRoles, s.assignedUnitId);
const named = (a: Actor, s: WasteSubject) => s.officerIds.includes(a.id);
const supervises = (a: Actor, s: WasteSubject) =>
  hasRole(a, 'supervisor', s.communeUnitId) ||
  (s.assignedUnitId !== null && hasRole(a, 'supervisor', s.assignedUnitId));

export const wastePolicy = {
  read: (a: Actor, s: WasteSubject) => office(a, s) || ofAssignedUnit(a, s) || supervises(a, s),
  readReporter: (a: Actor, s: WasteSubject) => office(a, s) || named(a, s),
  assign: office,
  forward: office,
  publish: office,
  return: office,
  /** Starting the verification names the officer on the report. */
  start: (a: Actor, s: WasteSubject) => ofAssignedUnit(a, s) || named(a, s),
  conclude: (a: Actor, s: WasteSubject) => named(a, s),
  addOfficer: (a: Actor, s: WasteSubject) =>
    office(a, s) || (s.assignedUnitId !== null && hasRole(a, 'unit_head', s.assignedUnitId)),
  comment: supervises,
  note: (a: Actor, s: WasteSubject) => office(a, s) || ofAssignedUnit(a, s) || named(a, s),
};

/** Who sees the queue at all: the office, unit officers and heads, supervisors. */
export const mayListWaste = (a: Actor, rootUnitId: string) =>
  isOffice(a, rootUnitId) || hasAnyRole(a, [...handlerRoles, 'supervisor']);

/** May `candidate` (holding these roles) be named an officer of the report? */
export const mayBeNamedOfficer = (candidate: Actor, s: WasteSubject) =>
  office(candidate, s) || ofAssignedUnit(candidate, s);

export const mayEditWasteSettings = (a: Actor, rootUnitId: string) => isOffice(a, rootUnitId);
