import type { ShellAbilities } from '../../shared/contracts/auth.ts';
import type { Actor } from './actor.ts';
import { auditPolicy } from './audit.ts';
import { mayImportHistory, rulePolicy } from './commendations.ts';
import { editsSomeCriteria } from './criteria.ts';
import { periodPolicy } from './registrations.ts';
import { reportPeriodPolicy } from './reports.ts';
import { entersSomeActual } from './targets.ts';
import { managesUnits } from './units.ts';
import { userPolicy } from './users.ts';
import { mayListWaste } from './waste.ts';
import { planPolicy } from './plans.ts';

/**
 * What the shell's menus and quick links offer: each answer is the rule the server applies
 * on the pages behind the link, so the app never reads roles to decide what to show.
 */
export function shellAbilities(a: Actor, rootUnitId: string | undefined): ShellAbilities {
  const onRoot = <T>(rule: (root: string) => T, otherwise: T) =>
    rootUnitId === undefined ? otherwise : rule(rootUnitId);
  return {
    manageUsers: userPolicy.create(a),
    manageUnits: managesUnits(a),
    readAudit: auditPolicy.read(a, rootUnitId),
    registrationsOverview: onRoot((root) => periodPolicy.overview(a, { rootUnitId: root }), false),
    reportsBoard: onRoot((root) => reportPeriodPolicy.board(a, { rootUnitId: root }), false),
    editCriteria: onRoot((root) => editsSomeCriteria(a, root), false),
    enterTargets: onRoot((root) => entersSomeActual(a, root), false),
    importHistory: onRoot((root) => mayImportHistory(a, { rootUnitId: root }), false),
    manageRules: onRoot((root) => rulePolicy.create(a, { rootUnitId: root }), false),
    wasteQueue: onRoot((root) => mayListWaste(a, root), false),
    editPlan: onRoot((root) => planPolicy.edit(a, { rootUnitId: root, status: 'draft' }), false),
  };
}
