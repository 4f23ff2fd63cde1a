import { describe, expect, it } from 'vitest';
import { leaderOf, rank } from './ranking.ts';

const e = (
  unitId: string,
  total: number,
  criteriaAtMax = 0,
  penaltyEvents = 0,
  firstSubmittedAt: string | null = null,
) => ({
  unitId,
  total,
  criteriaAtMax,
  penaltyEvents,
  firstSubmittedAt,
});

describe('ranking tie-breaks (ADR 0033)', () => {
  it.each([
    ['higher total', [e('a', 80), e('b', 90)], ['b', 'a'], 'total'],
    ['more criteria at maximum', [e('a', 90, 2), e('b', 90, 3)], ['b', 'a'], 'criteria_at_max'],
    ['fewer penalty events', [e('a', 90, 3, 2), e('b', 90, 3, 1)], ['b', 'a'], 'penalty_events'],
    [
      'earlier first submission',
      [e('a', 90, 3, 1, '2026-12-02T01:00:00Z'), e('b', 90, 3, 1, '2026-12-01T01:00:00Z')],
      ['b', 'a'],
      'first_submission',
    ],
  ])('%s', (_, entries, order, by) => {
    const r = rank(entries);
    expect(r.map((x) => x.entry.unitId)).toEqual(order);
    expect(r.map((x) => x.rank)).toEqual([1, 2]);
    expect(r[1]!.decidedBy).toBe(by);
    expect(leaderOf(r)?.unitId).toBe(order[0]);
  });
  it('exact ties share a rank and leave no leader', () => {
    const r = rank([e('a', 90), e('b', 90), e('c', 50)]);
    expect(r.map((x) => x.rank)).toEqual([1, 1, 3]);
    expect(leaderOf(r)).toBeNull();
  });
});
