import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles.ts';
import { actorWith } from '../../test/support/actors.ts';
import { criteriaPolicy, type CriteriaSubject } from './criteria.ts';

// The province covers both departments; "own" is the construction department only.
const province = 'province';
const construction = 'so-xd';
const finance = 'so-tc';
const coverage = { province: [province, construction, finance], own: [construction] };
const grantedOn = { province, own: construction } as const;

const subjects: Record<string, CriteriaSubject> = {
  'own sector': { kind: 'sector', leadUnitId: construction, rootUnitId: province, status: 'draft' },
  'other sector': { kind: 'sector', leadUnitId: finance, rootUnitId: province, status: 'draft' },
  category: { kind: 'category', leadUnitId: null, rootUnitId: province, status: 'draft' },
};

describe('permission matrix: criteria sets (role × scope × action × set × status)', () => {
  const cases: {
    role: Role;
    scope: keyof typeof coverage;
    set: string;
    status: CriteriaSubject['status'];
    action: keyof typeof criteriaPolicy;
    allowed: boolean;
  }[] = [];
  for (const role of roles)
    for (const scope of ['province', 'own'] as const)
      for (const set of Object.keys(subjects))
        for (const status of ['draft', 'published', 'superseded'] as const) {
          const subject = { ...subjects[set]!, status };
          const office = role === 'emulation_office' && grantedOn[scope] === province;
          const lead =
            role === 'sector_lead' &&
            subject.leadUnitId !== null &&
            coverage[scope].includes(subject.leadUnitId);
          const readsDrafts = ['emulation_office', 'sector_lead', 'leader', 'admin'].includes(role);
          const expected = {
            read: status !== 'draft' || readsDrafts,
            edit: office || lead,
            publish: office,
            newVersion: office || lead,
          };
          for (const action of Object.keys(expected) as (keyof typeof expected)[])
            cases.push({ role, scope, set, status, action, allowed: expected[action] });
        }

  it.each(cases)(
    '$role on $scope → $action $set ($status): $allowed',
    ({ role, scope, set, status, action, allowed }) => {
      const actor = actorWith('actor', { [role]: coverage[scope] });
      expect(criteriaPolicy[action](actor, { ...subjects[set]!, status })).toBe(allowed);
    },
  );

  it('a lead department reads another sector’s published set but may not edit it', () => {
    const lead = actorWith('lead', { sector_lead: [construction] });
    const other = { ...subjects['other sector']!, status: 'published' as const };
    expect(criteriaPolicy.read(lead, other)).toBe(true);
    expect(criteriaPolicy.edit(lead, other)).toBe(false);
  });

  it('someone without any role reads published sets only', () => {
    const nobody = actorWith('nobody', {});
    expect(criteriaPolicy.read(nobody, { ...subjects.category!, status: 'published' })).toBe(true);
    expect(criteriaPolicy.read(nobody, subjects.category!)).toBe(false);
  });
});
