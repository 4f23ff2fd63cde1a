import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardStatuses } from '../../../shared/contracts/reports.ts';
import { participation } from './status.ts';

describe('participation', () => {
  it('counts a draft and a returned report apart from those sent', () => {
    expect(
      participation(['accepted', 'submitted', 'draft', 'returned', 'late', 'not_started', 'draft']),
    ).toEqual({
      expected: 7,
      submitted: 2,
      accepted: 1,
      returned: 1,
      draft: 2,
      late: 1,
      notStarted: 1,
    });
  });

  it('property: the categories add up to the units expected, accepted within those sent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...boardStatuses)), (statuses) => {
        const p = participation(statuses);
        expect(p.submitted + p.returned + p.draft + p.late + p.notStarted).toBe(p.expected);
        expect(p.accepted).toBeLessThanOrEqual(p.submitted);
      }),
    );
  });
});
