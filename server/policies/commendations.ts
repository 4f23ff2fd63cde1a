import { recognitionLevels, type RecognitionLevel } from '../../shared/commendations/catalogue.ts';
import { recognisedBy } from '../domain/initiatives/workflow.ts';
import { covers, hasAnyRole, hasRole, isOffice, type Actor, type Policy } from './actor.ts';

/** The tenant's root unit, whose emulation office works province-wide. */
export interface OfficeSubject {
  rootUnitId: string | undefined;
}

/** A subject (person, collective) or initiative as policies see it: the unit it belongs to. */
export interface HistorySubject extends OfficeSubject {
  unitId: string;
}

/**
 * History of people and collectives: officers and heads of a unit record it for the units they
 * cover, the emulation office everywhere; council members and leaders read. Readers are
 * anyone whose grants cover the unit.
 */
export const historyPolicy = {
  read: (a: Actor, s: HistorySubject) =>
    isOffice(a, s.rootUnitId) || hasAnyRole(a, ['council_member', 'leader']) || covers(a, s.unitId),
  record: (a: Actor, s: HistorySubject) =>
    isOffice(a, s.rootUnitId) || hasAnyRole(a, ['unit_officer', 'unit_head'], s.unitId),
  checkEligibility: (a: Actor, s: HistorySubject) =>
    isOffice(a, s.rootUnitId) || hasAnyRole(a, ['council_member', 'leader']) || covers(a, s.unitId),
} satisfies Policy<HistorySubject>;

const headOf = (a: Actor, s: HistorySubject) => hasRole(a, 'unit_head', s.unitId);

/** The levels at which the actor may recognise an initiative of the unit (domain recognisedBy). */
export const recognisableLevels = (a: Actor, s: HistorySubject): RecognitionLevel[] =>
  recognitionLevels.filter((level) =>
    recognisedBy[level] === 'unit_head'
      ? isOffice(a, s.rootUnitId) || headOf(a, s)
      : isOffice(a, s.rootUnitId),
  );

/**
 * Initiatives: submitted by a unit's officers; reviewed and recognised by the office, or at
 * base level by the head of the unit where the initiative applies.
 */
export const initiativePolicy = {
  read: historyPolicy.read,
  submit: historyPolicy.record,
  review: (a: Actor, s: HistorySubject) => recognisableLevels(a, s).length > 0,
  recognise: (a: Actor, s: HistorySubject) => recognisableLevels(a, s).length > 0,
} satisfies Policy<HistorySubject>;

/** The rule set is the office's: it adds and edits rules; everyone signed in reads them. */
export const rulePolicy = {
  read: () => true,
  create: (a: Actor, s: OfficeSubject) => isOffice(a, s.rootUnitId),
  update: (a: Actor, s: OfficeSubject) => isOffice(a, s.rootUnitId),
} satisfies Policy<OfficeSubject>;

/**
 * Who may send a history workbook at all: the office, or a unit's officer or head (each row is
 * then checked with `historyPolicy.record` for its own unit).
 */
export const mayImportHistory = (a: Actor, s: OfficeSubject) =>
  isOffice(a, s.rootUnitId) || hasAnyRole(a, ['unit_officer', 'unit_head']);

/** Whether list queries may skip the SQL scope (the office and province readers see all). */
export const readsEverything = (a: Actor, s: OfficeSubject) =>
  isOffice(a, s.rootUnitId) || hasAnyRole(a, ['council_member', 'leader']);
