import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles.ts';
import { actorWith } from '../../test/support/actors.ts';
import {
  historyPolicy,
  initiativePolicy,
  mayImportHistory,
  readsEverything,
  recognisableLevels,
  rulePolicy,
} from './commendations.ts';

// The province (root) covers both departments; an actor granted on dept A covers only A.
const root = 'province';
const deptA = 'dept-a';
const deptB = 'dept-b';
const coverage = { province: [root, deptA, deptB], own: [deptA] };

const provinceReader = (r: Role) => r === 'council_member' || r === 'leader';
const recorder = (r: Role) => r === 'unit_officer' || r === 'unit_head';

describe('permission matrix: commendation history, initiatives, rules (role × scope × action)', () => {
  const cases: {
    role: Role;
    scope: 'province' | 'own';
    target: string;
    action: string;
    allowed: boolean;
  }[] = [];
  for (const role of roles)
    for (const scope of ['province', 'own'] as const)
      for (const target of [deptA, deptB]) {
        // Only the emulation office granted on the root is the office; on a department it is not.
        const office = role === 'emulation_office' && scope === 'province';
        const covered = coverage[scope].includes(target);
        const read = office || provinceReader(role) || covered;
        const record = office || (recorder(role) && covered);
        const push = (action: string, allowed: boolean) =>
          cases.push({ role, scope, target, action, allowed });
        push('history.read', read);
        push('history.record', record);
        push('history.checkEligibility', read);
        push('initiative.submit', record);
        // base-level recognition belongs to the head of the unit where it applies
        const baseLevel = office || (role === 'unit_head' && covered);
        push('initiative.review', baseLevel);
        push('initiative.recognise', baseLevel);
        push('initiative.recognise.province', office);
        push('rule.create', office);
        push('rule.update', office);
        push('readsEverything', office || provinceReader(role));
        push('importHistory', office || recorder(role));
      }

  it.each(cases)(
    '$role on $scope → $action on $target: $allowed',
    ({ role, scope, target, action, allowed }) => {
      const actor = actorWith('actor', { [role]: coverage[scope] });
      const s = { rootUnitId: root, unitId: target };
      const verdict = {
        'history.read': () => historyPolicy.read(actor, s),
        'history.record': () => historyPolicy.record(actor, s),
        'history.checkEligibility': () => historyPolicy.checkEligibility(actor, s),
        'initiative.submit': () => initiativePolicy.submit(actor, s),
        'initiative.review': () => initiativePolicy.review(actor, s),
        'initiative.recognise': () => initiativePolicy.recognise(actor, s),
        'initiative.recognise.province': () => recognisableLevels(actor, s).includes('province'),
        'rule.create': () => rulePolicy.create(actor, s),
        'rule.update': () => rulePolicy.update(actor, s),
        readsEverything: () => readsEverything(actor, s),
        importHistory: () => mayImportHistory(actor, s),
      }[action]!();
      expect(verdict).toBe(allowed);
    },
  );

  it('an emulation office on a department is not the office: it neither writes rules nor reads everything', () => {
    const deptOffice = actorWith('dept-office', { emulation_office: [deptA] });
    const s = { rootUnitId: root, unitId: deptB };
    expect(rulePolicy.create(deptOffice, s)).toBe(false);
    expect(readsEverything(deptOffice, s)).toBe(false);
    expect(historyPolicy.record(deptOffice, s)).toBe(false);
    expect(initiativePolicy.recognise(deptOffice, s)).toBe(false);
  });

  it('an actor without grants reads nothing and records nothing', () => {
    const nobody = actorWith('x', {});
    expect(historyPolicy.read(nobody, { rootUnitId: root, unitId: deptA })).toBe(false);
    expect(historyPolicy.record(nobody, { rootUnitId: root, unitId: deptA })).toBe(false);
  });
});
