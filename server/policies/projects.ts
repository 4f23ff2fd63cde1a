import { hasAnyRole, isOffice, type Actor } from './actor.ts';

/**
 * Who does what with a public-investment project (issue 13). The register is public, so any
 * signed-in user reads it. The office (emulation office on the province) and the investor
 * unit's heads and officers keep the project, its plan, disbursement and milestones; the
 * plan's adjustments need the office (the province's decision).
 */
export interface ProjectSubject {
  rootUnitId: string;
  investorUnitId: string;
}

const staffRoles = ['unit_head', 'unit_officer'] as const;
const office = (a: Actor, s: ProjectSubject) => isOffice(a, s.rootUnitId);
const investor = (a: Actor, s: ProjectSubject) => hasAnyRole(a, staffRoles, s.investorUnitId);
const keeper = (a: Actor, s: ProjectSubject) => office(a, s) || investor(a, s);

export const projectPolicy = {
  read: () => true,
  update: keeper,
  plan: office,
  disburse: keeper,
  importTreasury: keeper,
  milestone: keeper,
  contribute: keeper,
};

/** Creating a project: the office for any investor, an investor's staff for its own unit. */
export const mayCreateProject = (a: Actor, s: ProjectSubject) => keeper(a, s);

/** The Treasury import as a whole: the office, or staff of some unit (each row checked). */
export const mayImportTreasury = (a: Actor, rootUnitId: string) =>
  isOffice(a, rootUnitId) || hasAnyRole(a, staffRoles);

/** A contribution not tied to a project: the office or staff of the commune confirming it. */
export const mayRecordContribution = (a: Actor, rootUnitId: string, unitId: string | null) =>
  isOffice(a, rootUnitId) || (unitId !== null && hasAnyRole(a, staffRoles, unitId));
