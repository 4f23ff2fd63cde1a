import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles.ts';
import { actorWith } from '../../test/support/actors.ts';
import { grantPolicy, userPolicy } from './users.ts';

// Units: the province covers both departments; an actor granted on dept A covers only A.
const province = 'province';
const deptA = 'dept-a';
const deptB = 'dept-b';
const coverage = { province: [province, deptA, deptB], own: [deptA] };

describe('permission matrix: users and grants (role × scope × action)', () => {
  const cases: {
    role: Role;
    scope: keyof typeof coverage;
    target: string;
    action: string;
    allowed: boolean;
  }[] = [];
  for (const role of roles) {
    for (const scope of ['province', 'own'] as const) {
      for (const target of [deptA, deptB]) {
        const covered = coverage[scope].includes(target);
        const admin = role === 'admin';
        cases.push({ role, scope, target, action: 'grant.create', allowed: admin && covered });
        cases.push({ role, scope, target, action: 'grant.delete', allowed: admin && covered });
        cases.push({ role, scope, target, action: 'user.update', allowed: admin && covered });
        cases.push({ role, scope, target, action: 'user.create', allowed: admin });
        cases.push({ role, scope, target, action: 'user.read', allowed: admin });
      }
    }
  }

  it.each(cases)(
    '$role on $scope → $action on $target: $allowed',
    ({ role, scope, target, action, allowed }) => {
      const actor = actorWith('actor', { [role]: coverage[scope] });
      const grant = { userId: 'other', unitId: target };
      const user = { id: 'other', grantUnitIds: [target] };
      const verdict = {
        'grant.create': () => grantPolicy.create(actor, grant),
        'grant.delete': () => grantPolicy.delete(actor, grant),
        'user.update': () => userPolicy.update(actor, user),
        'user.create': () => userPolicy.create(actor),
        'user.read': () => userPolicy.read(actor, user),
      }[action]!();
      expect(verdict).toBe(allowed);
    },
  );

  it('nobody grants roles to themselves or edits their own account through admin', () => {
    const admin = actorWith('root', { admin: coverage.province });
    expect(grantPolicy.create(admin, { userId: 'root', unitId: deptA })).toBe(false);
    expect(userPolicy.update(admin, { id: 'root', grantUnitIds: [] })).toBe(false);
    expect(userPolicy.read(admin, { id: 'root', grantUnitIds: [] })).toBe(true);
  });

  it('an admin of one department may not edit a user who also holds roles elsewhere', () => {
    const admin = actorWith('a', { admin: coverage.own });
    expect(userPolicy.update(admin, { id: 'u', grantUnitIds: [deptA, deptB] })).toBe(false);
  });
});
