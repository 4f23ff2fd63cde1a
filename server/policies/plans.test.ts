import { describe, expect, it } from 'vitest';
import { planVersionStatuses } from '../../shared/contracts/plans.ts';
import { roles } from '../../shared/roles.ts';
import { actorWith } from '../../test/support/actors.ts';
import { planPolicy } from './plans.ts';

const province = 'province';
const department = 'so-nv';
const draftReaders = new Set(['emulation_office', 'leader', 'admin', 'council_secretary']);

describe('permission matrix: plan versions (role × scope × status × action)', () => {
  for (const role of roles)
    for (const scope of ['province', 'department'] as const)
      for (const status of planVersionStatuses) {
        const actor = actorWith('u', {
          [role]: scope === 'province' ? [province, department] : [department],
        });
        const subject = { rootUnitId: province, status };
        it(`${role} on ${scope}, ${status}`, () => {
          expect(planPolicy.read(actor, subject)).toBe(
            status !== 'draft' || draftReaders.has(role),
          );
          const office = role === 'emulation_office' && scope === 'province';
          for (const action of ['edit', 'issue', 'newVersion'] as const)
            expect(planPolicy[action](actor, subject), action).toBe(office);
        });
      }
});
