import { describe, expect, it } from 'vitest';
import { judgeTally, quorumMet, thresholdFor } from './thresholds.ts';
import { recusalOf } from './recusal.ts';
import { stepDeadline } from './deadlines.ts';

describe('thresholds counted against all members', () => {
  const flag = thresholdFor('CO_TD_TINH', '2026-12-15')!;
  const high = thresholdFor('CSTD_TINH', '2026-12-15')!;
  it('12 of 15 in favour passes 80% and fails 90%', () => {
    const t = { inFavour: 12, against: 2, abstain: 1, totalMembers: 15 };
    expect(judgeTally(t, flag)).toMatchObject({ passed: true, share: 80, percent: 80 });
    expect(judgeTally(t, high)).toMatchObject({ passed: false, share: 80, percent: 90 });
  });
  it('absent and recused members stay in the denominator: 12 of 13 present is still 12/15', () => {
    expect(
      judgeTally({ inFavour: 12, against: 0, abstain: 0, totalMembers: 15 }, high).passed,
    ).toBe(false);
    expect(
      judgeTally({ inFavour: 11, against: 0, abstain: 0, totalMembers: 15 }, flag).passed,
    ).toBe(false);
    expect(
      judgeTally({ inFavour: 14, against: 0, abstain: 0, totalMembers: 15 }, high).passed,
    ).toBe(true);
  });
  it('picks the rule in force on the day, citing its clause', () => {
    expect(thresholdFor('CSTDCS', '2025-06-30')).toMatchObject({
      code: 'vote_80_nd98',
      citation: { article: '30', clause: '7', verified: true },
    });
    expect(thresholdFor('CSTDCS', '2025-07-01')).toMatchObject({
      code: 'vote_80_nd152',
      citation: { verified: false },
    });
    expect(thresholdFor('GK_CT_UBND_XA', '2026-01-01')).toBeUndefined();
  });
  it('quorum of two thirds', () => {
    expect(quorumMet(10, 15)).toBe(true);
    expect(quorumMet(9, 15)).toBe(false);
    expect(quorumMet(12, 15, 4, 5)).toBe(true);
  });
});

describe('recusal', () => {
  const n = { filedBy: 'u1', unitId: 'unitA', subjectKind: 'individual' as const, subjectId: 'p1' };
  it('filer, subject and head of the unit are recused', () => {
    expect(recusalOf({ id: 'm', userId: 'u1', personId: null, headsUnits: [] }, n)).toBe('filer');
    expect(recusalOf({ id: 'm', userId: 'u2', personId: 'p1', headsUnits: [] }, n)).toBe('subject');
    expect(recusalOf({ id: 'm', userId: 'u2', personId: null, headsUnits: ['unitA'] }, n)).toBe(
      'unit_head',
    );
    expect(
      recusalOf({ id: 'm', userId: 'u2', personId: 'p2', headsUnits: ['x'] }, n),
    ).toBeUndefined();
  });
});

describe('step deadlines in working days', () => {
  const d = { fileBy: '2026-12-10', superiorDays: 5, appraisalDays: 20, postingDays: 5 };
  it('5 working days at the superior skip the weekend', () => {
    expect(stepDeadline('at_superior', '2026-12-11', d)).toBe('2026-12-18');
  });
  it('appraisal of 20 working days', () => {
    expect(stepDeadline('at_office', '2026-12-01', d)).toBe('2026-12-29');
    expect(stepDeadline('draft', '2026-11-01', d)).toBe('2026-12-10');
  });
});
