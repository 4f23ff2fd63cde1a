import { describe, expect, it } from 'vitest';
import { laiChauDefaultRules as rules } from './default-rules.ts';
import { checkEligibility } from './eligibility.ts';
import type { Evidence } from '../../../shared/contracts/eligibility.ts';
import { held, rated, subject } from '../../../test/support/commendation-fixtures.ts';
import type { PredecessorHistory, SubjectHistory } from './history.ts';

/**
 * A commune formed on 2025-07-01 from two old communes (ADR 0021): for the years before the
 * merger the old communes stand for it. BK CT UBND tỉnh for a collective asks for two
 * consecutive years HTXS (or two of TTLĐXS); the check in March 2026 assesses 2025.
 */
const old = (
  id: string,
  byYear: Record<number, 'HTXS' | 'HTT' | 'HT'>,
  extra: Partial<PredecessorHistory> = {},
): PredecessorHistory => ({
  id,
  name: `Xã ${id}`,
  mergedOn: '2025-07-01',
  existsFrom: '2004-01-01',
  verified: true,
  ratings: rated(byYear),
  awards: [],
  ...extra,
});
const commune = (predecessors: PredecessorHistory[], own = rated({ 2025: 'HTXS' })) =>
  subject(
    'collective',
    { name: 'Xã Khoen On', existsFrom: '2025-07-01' },
    { ratings: own, predecessors },
  );
const check = (history: SubjectHistory, predecessorMode?: 'all_predecessors' | 'not_counted') =>
  checkEligibility(rules, history, 'BK_CT_UBND_TINH', 'collective', '2026-03-01', {
    predecessorMode,
  });
const leaf = (result: ReturnType<typeof check>, kind: string) =>
  result.conditions.find((c) => c.leaf.kind === kind)!;
const consecutive = (result: ReturnType<typeof check>) => leaf(result, 'consecutive_years_rating');

describe('records of merged units in consecutive-year standards', () => {
  it('by default counts a pre-merger year when every merged unit met it, with the reason shown', () => {
    const result = check(
      commune([old('Ta Gia', { 2024: 'HTXS' }), old('Khoen On', { 2024: 'HTXS' })]),
    );
    expect(result.verdict).toBe('eligible');
    const consecutive = leaf(result, 'consecutive_years_rating');
    expect(consecutive.met).toBe(true);
    expect(consecutive.evidence).toEqual([
      {
        kind: 'rating',
        year: 2024,
        rating: 'HTXS',
        counted: true,
        from: 'Xã Ta Gia',
        fromUnitId: 'Ta Gia',
      },
      {
        kind: 'rating',
        year: 2024,
        rating: 'HTXS',
        counted: true,
        from: 'Xã Khoen On',
        fromUnitId: 'Khoen On',
      },
      { kind: 'rating', year: 2025, rating: 'HTXS', counted: true },
    ]);
    expect(result.principles.predecessorRecords).toMatchObject({
      mode: 'all_predecessors',
      setBy: 'default',
      citation: { article: '9', verified: false },
      units: [{ name: 'Xã Ta Gia' }, { name: 'Xã Khoen On' }],
    });
  });

  it('does not count the year when one merged unit fell short or has no rating', () => {
    const short = check(
      commune([old('Ta Gia', { 2024: 'HTXS' }), old('Khoen On', { 2024: 'HTT' })]),
    );
    expect(leaf(short, 'consecutive_years_rating').met).toBe(false);
    expect(short.verdict).toBe('not_eligible');
    const missing = check(commune([old('Ta Gia', { 2024: 'HTXS' }), old('Khoen On', {})]));
    expect(leaf(missing, 'consecutive_years_rating').evidence).toContainEqual({
      kind: 'missing',
      what: 'rating',
      year: 2024,
      from: 'Xã Khoen On',
      fromUnitId: 'Khoen On',
    });
  });

  it('as the office may set it, shows the merged units’ ratings without counting them', () => {
    const result = check(
      commune([old('Ta Gia', { 2024: 'HTXS' }), old('Khoen On', { 2024: 'HTXS' })]),
      'not_counted',
    );
    expect(result.verdict).toBe('not_eligible');
    const evidence = leaf(result, 'consecutive_years_rating').evidence as Evidence[];
    expect(evidence.filter((e) => e.kind === 'rating' && e.year === 2024)).toEqual([
      expect.objectContaining({
        counted: false,
        why: 'predecessor_not_counted',
        from: 'Xã Ta Gia',
      }),
      expect.objectContaining({
        counted: false,
        why: 'predecessor_not_counted',
        from: 'Xã Khoen On',
      }),
    ]);
    expect(evidence).toContainEqual({ kind: 'missing', what: 'rating', year: 2024 });
    expect(result.principles.predecessorRecords).toMatchObject({
      mode: 'not_counted',
      setBy: 'office',
    });
  });

  it('lets a merged unit stand only for years that ended before its merger and after it began', () => {
    // merged on 2025-07-01: 2025 is the new commune's own year, whatever the old unit recorded
    const late = check(commune([old('A', { 2024: 'HTXS', 2025: 'HTXS' })], rated({ 2025: 'HT' })));
    expect(leaf(late, 'consecutive_years_rating').met).toBe(false);
    // a unit formed in 2025 cannot stand for 2024
    const young = check(
      commune([old('A', { 2024: 'HTXS' }), old('B', {}, { existsFrom: '2025-01-01' })]),
    );
    expect(leaf(young, 'consecutive_years_rating').met).toBe(true);
  });

  it('judges a collective on its own record for a year it already existed (a department that continued)', () => {
    const finance = (own: Record<number, 'HTXS' | 'HTT'>) =>
      subject(
        'collective',
        { name: 'Sở Tài chính', existsFrom: '2004-01-01' },
        {
          ratings: rated(own),
          predecessors: [old('KHĐT', { 2024: 'HT' }, { mergedOn: '2025-03-01', name: 'Sở KH&ĐT' })],
        },
      );
    const met = consecutive(check(finance({ 2024: 'HTXS', 2025: 'HTXS' })));
    expect(met.met).toBe(true);
    expect(met.evidence.every((e) => !('from' in e))).toBe(true);
    expect(consecutive(check(finance({ 2024: 'HTT', 2025: 'HTXS' }))).met).toBe(false);
  });

  it('counts titles held by every merged unit in the same way, and marks an unverified link', () => {
    const withTitles = (awards: ReturnType<typeof held>[][], verified = true) =>
      subject(
        'collective',
        { name: 'Xã Khoen On', existsFrom: '2025-07-01' },
        {
          awards: [held('TTLDXS', 2025)],
          predecessors: awards.map((a, i) => old(`P${i}`, {}, { awards: a, verified })),
        },
      );
    const both = check(withTitles([[held('TTLDXS', 2024)], [held('TTLDXS', 2024)]], false));
    const titles = leaf(both, 'title_held_consecutive');
    expect(titles.met).toBe(true);
    expect(titles.evidence.filter((e) => 'link' in e && e.link === 'unverified')).toHaveLength(2);
    const one = check(withTitles([[held('TTLDXS', 2024)], []]));
    expect(leaf(one, 'title_held_consecutive').met).toBe(false);
  });

  it('changes nothing for a subject without merged units', () => {
    const plain = check(
      subject(
        'collective',
        { name: 'Phòng Nội vụ' },
        { ratings: rated({ 2024: 'HTXS', 2025: 'HTXS' }) },
      ),
    );
    expect(plain.verdict).toBe('eligible');
    expect(plain.principles.predecessorRecords).toBeUndefined();
  });
});
