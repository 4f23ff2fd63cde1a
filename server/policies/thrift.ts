import { covers, hasAnyRole, hasRole, isOffice, type Actor } from './actor.ts';

/**
 * THTK-CLP programmes, savings and violations (issue 14): a unit's heads and officers draft
 * its programme and report its savings; its head (or the office) issues the programme; the
 * office records inspections and their handling. Issued programmes are read-only.
 */
export interface ThriftSubject {
  rootUnitId: string;
  unitId: string;
  issued?: boolean;
}

export const thriftPolicy = {
  read: (a: Actor, s: ThriftSubject) => isOffice(a, s.rootUnitId) || covers(a, s.unitId),
  edit: (a: Actor, s: ThriftSubject) =>
    !s.issued &&
    (isOffice(a, s.rootUnitId) || hasAnyRole(a, ['unit_head', 'unit_officer'], s.unitId)),
  issue: (a: Actor, s: ThriftSubject) =>
    !s.issued && (isOffice(a, s.rootUnitId) || hasRole(a, 'unit_head', s.unitId)),
  enterSaving: (a: Actor, s: ThriftSubject) =>
    isOffice(a, s.rootUnitId) || hasAnyRole(a, ['unit_head', 'unit_officer'], s.unitId),
  recordViolation: (a: Actor, s: ThriftSubject) => isOffice(a, s.rootUnitId),
};
