import { describe, expect, it } from 'vitest';
import type { ShellAbilities } from '../../shared/contracts/auth.ts';
import { roles, type Role } from '../../shared/roles.ts';
import { actorWith } from '../../test/support/actors.ts';
import { shellAbilities } from './shell.ts';

// The province (root) covers the department; an actor granted on the department covers only it.
const province = 'province';
const dept = 'dept-a';
const coverage = { province: [province, dept], own: [dept] };

/** What the menus may offer, role × scope, as the policies behind each page state it. */
function expected(role: Role, scope: keyof typeof coverage): ShellAbilities {
  const onRoot = scope === 'province';
  const office = role === 'emulation_office' && onRoot;
  const unitWorker = role === 'unit_head' || role === 'unit_officer';
  return {
    manageUsers: role === 'admin',
    manageUnits: role === 'admin',
    readAudit: onRoot && (role === 'admin' || role === 'emulation_office'),
    registrationsOverview: office,
    // the board is also a head's, for the units their grant lets them review
    reportsBoard: office || (role === 'leader' && onRoot) || role === 'unit_head',
    editCriteria: office || role === 'sector_lead',
    enterTargets: office || unitWorker,
    // the history import is judged row by row against the office's or the unit's grant;
    // a department's own emulation office is not the province's office (isOffice)
    importHistory: office || unitWorker,
    manageRules: office,
    wasteQueue: office || unitWorker || role === 'supervisor',
    // the plan's versions are the province office's to edit and issue
    editPlan: office,
  };
}

describe('shell abilities (role × scope): what the menus offer', () => {
  const cases = roles.flatMap((role) =>
    (['province', 'own'] as const).map((scope) => ({ role, scope })),
  );
  it.each(cases)('$role on $scope', ({ role, scope }) => {
    const actor = actorWith('u', { [role]: coverage[scope] });
    expect(shellAbilities(actor, province)).toEqual(expected(role, scope));
  });

  it('offers nothing that needs the root while the tenant has none', () => {
    const office = actorWith('u', { emulation_office: coverage.province });
    expect(shellAbilities(office, undefined)).toMatchObject({
      readAudit: false,
      registrationsOverview: false,
      reportsBoard: false,
      editCriteria: false,
      enterTargets: false,
    });
  });

  it('offers nothing to a user without grants', () => {
    const none = shellAbilities(actorWith('u', {}), province);
    expect(Object.values(none).every((v) => v === false)).toBe(true);
  });
});
