import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { mayImportTreasury, mayRecordContribution, projectPolicy } from './projects.ts';

const actor = (grants: [string, string][]): Actor => {
  const scope = new Map();
  for (const [role, unit] of grants) scope.set(role, new Set([...(scope.get(role) ?? []), unit]));
  return { id: 'u', tenantId: 't', username: 'u', fullName: 'U', grants: [], scope };
};
const subject = { rootUnitId: 'root', investorUnitId: 'inv' };

describe('project policy', () => {
  it.each([
    ['office', [['emulation_office', 'root']], true, true],
    ['investor officer', [['unit_officer', 'inv']], true, false],
    ['other unit', [['unit_officer', 'x']], false, false],
    ['leader', [['leader', 'root']], false, false],
  ] as const)('%s: disburse %s, plan %s', (_, grants, disburse, plan) => {
    const a = actor(grants.map(([r, u]) => [r, u]));
    expect(projectPolicy.disburse(a, subject)).toBe(disburse);
    expect(projectPolicy.plan(a, subject)).toBe(plan);
    expect(projectPolicy.read()).toBe(true);
  });

  it('imports and contributions', () => {
    expect(mayImportTreasury(actor([['unit_head', 'inv']]), 'root')).toBe(true);
    expect(mayImportTreasury(actor([['leader', 'root']]), 'root')).toBe(false);
    expect(mayRecordContribution(actor([['unit_officer', 'c1']]), 'root', 'c1')).toBe(true);
    expect(mayRecordContribution(actor([['unit_officer', 'c1']]), 'root', null)).toBe(false);
  });
});
