import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles.ts';
import { actorWith } from '../../test/support/actors.ts';
import {
  historyPolicy,
  initiativePolicy,
  recognisableLevels,
  rulePolicy,
} from './commendations.ts';

// The province covers both departments; an actor granted on dept A covers only A.
const deptA = 'dept-a';
const deptB = 'dept-b';
const coverage = { province: ['province', deptA, deptB], own: [deptA] };

const office = (r: Role) => r === 'emulation_office';
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
        const covered = coverage[scope].includes(target);
        const read = office(role) || provinceReader(role) || covered;
        const record = office(role) || (recorder(role) && covered);
        const push = (action: string, allowed: boolean) =>
          cases.push({ role, scope, target, action, allowed });
        push('history.read', read);
        push('history.record', record);
        push('history.checkEligibility', read);
        push('initiative.submit', record);
        // base-level recognition belongs to the head of the unit where it applies
        const baseLevel = office(role) || (role === 'unit_head' && covered);
        push('initiative.review', baseLevel);
        push('initiative.recognise', baseLevel);
        push('initiative.recognise.province', office(role));
        push('rule.create', office(role));
        push('rule.update', office(role));
      }

  it.each(cases)(
    '$role on $scope → $action on $target: $allowed',
    ({ role, scope, target, action, allowed }) => {
      const actor = actorWith('actor', { [role]: coverage[scope] });
      const s = { unitId: target };
      const verdict = {
        'history.read': () => historyPolicy.read(actor, s),
        'history.record': () => historyPolicy.record(actor, s),
        'history.checkEligibility': () => historyPolicy.checkEligibility(actor, s),
        'initiative.submit': () => initiativePolicy.submit(actor, s),
        'initiative.review': () => initiativePolicy.review(actor, s),
        'initiative.recognise': () => initiativePolicy.recognise(actor, s),
        'initiative.recognise.province': () => recognisableLevels(actor, s).includes('province'),
        'rule.create': () => rulePolicy.create(actor),
        'rule.update': () => rulePolicy.update(actor),
      }[action]!();
      expect(verdict).toBe(allowed);
    },
  );

  it('an actor without grants reads nothing and records nothing', () => {
    const nobody = actorWith('x', {});
    expect(historyPolicy.read(nobody, { unitId: deptA })).toBe(false);
    expect(historyPolicy.record(nobody, { unitId: deptA })).toBe(false);
  });
});
