import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles.ts';
import { actorWith } from '../../test/support/actors.ts';
import { blockPolicy } from './blocks.ts';
import { canCreateTopLevel, restructurePolicy, unitAbilities, unitPolicy } from './units.ts';

// The province covers both departments; an actor granted on dept A covers only A.
const province = 'province';
const deptA = 'dept-a';
const deptB = 'dept-b';
const coverage = { province: [province, deptA, deptB], own: [deptA] };

describe('permission matrix: units and blocks (role × scope × action)', () => {
  const cases: {
    role: Role;
    scope: keyof typeof coverage;
    target: string;
    allowed: Record<string, boolean>;
  }[] = [];
  for (const role of roles) {
    for (const scope of ['province', 'own'] as const) {
      for (const target of [deptA, deptB]) {
        const covered = coverage[scope].includes(target);
        const admin = role === 'admin';
        const onRoot = scope === 'province';
        cases.push({
          role,
          scope,
          target,
          allowed: {
            read: true,
            rename: admin && covered,
            dissolve: admin && covered,
            createChild: admin && covered,
            mergeWithOther: admin && onRoot,
            createTopLevel: admin && onRoot,
            blockRead: true,
            blockManage: (admin || role === 'emulation_office') && onRoot,
          },
        });
      }
    }
  }

  it.each(cases)('$role on $scope → $target', ({ role, scope, target, allowed }) => {
    const actor = actorWith('actor', { [role]: coverage[scope] });
    const unit = { id: target, tenantId: 't', validTo: null, ancestors: [] };
    const block = { tenantId: 't', rootUnitId: province };
    expect({
      read: unitPolicy.read(actor, unit),
      rename: unitPolicy.rename(actor, unit),
      dissolve: unitPolicy.dissolve(actor, unit),
      createChild: unitPolicy.createChild(actor, unit),
      mergeWithOther: restructurePolicy.restructure(actor, {
        tenantId: 't',
        units: [
          { id: deptA, ancestors: [] },
          { id: deptB, ancestors: [] },
        ],
      }),
      createTopLevel: canCreateTopLevel(actor, province),
      blockRead: blockPolicy.read(actor, block),
      blockManage: blockPolicy.manage(actor, block),
    }).toEqual(allowed);
  });

  it('another tenant reads nothing', () => {
    const actor = actorWith('actor', { admin: coverage.province });
    expect(
      unitPolicy.read(actor, { id: deptA, tenantId: 'other', validTo: null, ancestors: [] }),
    ).toBe(false);
  });

  it("a unit outside today's scope (not begun yet, or ended) is reached through its ancestors", () => {
    const actor = actorWith('actor', { admin: coverage.own });
    expect(
      unitPolicy.rename(actor, {
        id: 'future-sub-unit',
        tenantId: 't',
        validTo: null,
        ancestors: [deptA, province],
      }),
    ).toBe(true);
    expect(
      unitPolicy.rename(actor, {
        id: 'future-sub-unit',
        tenantId: 't',
        validTo: null,
        ancestors: [deptB, province],
      }),
    ).toBe(false);
  });

  it('an ended unit is not changed, but its admin may record a child it had (as the import may)', () => {
    const actor = actorWith('actor', { admin: coverage.province });
    expect(
      unitAbilities(actor, { id: deptA, tenantId: 't', validTo: '2025-03-01', ancestors: [] }),
    ).toEqual({ rename: false, move: false, dissolve: false, createChild: true });
  });
});
