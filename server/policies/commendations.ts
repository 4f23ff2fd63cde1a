import { covers, hasAnyRole, hasRole, type Actor, type Policy } from './actor.ts';

/** A subject (person, collective) or initiative as policies see it: the unit it belongs to. */
export interface HistorySubject {
  unitId: string;
}

/** The emulation office works province-wide; readers are anyone whose grants cover the unit. */
const office = (a: Actor) => hasRole(a, 'emulation_office');

/**
 * History of people and collectives: officers and heads of a unit record it for the units they
 * cover, the emulation office everywhere; council members and leaders read.
 */
export const historyPolicy = {
  read: (a: Actor, s: HistorySubject) =>
    office(a) || hasAnyRole(a, ['council_member', 'leader']) || covers(a, s.unitId),
  record: (a: Actor, s: HistorySubject) =>
    office(a) || hasAnyRole(a, ['unit_officer', 'unit_head'], s.unitId),
  checkEligibility: (a: Actor, s: HistorySubject) =>
    office(a) || hasAnyRole(a, ['council_member', 'leader']) || covers(a, s.unitId),
} satisfies Policy<HistorySubject>;

/**
 * Importing past years' history from a workbook: those who record history somewhere; each
 * row is then checked against `record` for its own unit.
 */
export const importsHistory = (a: Actor) =>
  hasAnyRole(a, ['emulation_office', 'unit_officer', 'unit_head']);

/** Initiatives: submitted by a unit's officers, reviewed and recognised by the office. */
export const initiativePolicy = {
  read: historyPolicy.read,
  submit: historyPolicy.record,
  review: (a: Actor, _s?: HistorySubject) => office(a),
  recognise: (a: Actor, _s?: HistorySubject) => office(a),
} satisfies Policy<HistorySubject>;

/** The rule set is the office's: it adds and edits rules; everyone signed in reads them. */
export const rulePolicy = {
  read: () => true,
  create: (a: Actor) => office(a),
  update: (a: Actor) => office(a),
} satisfies Policy<unknown>;

/** Whether list queries may skip the SQL scope (the office and province readers see all). */
export const readsEverything = (a: Actor) =>
  office(a) || hasAnyRole(a, ['council_member', 'leader']);
