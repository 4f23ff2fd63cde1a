import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility.ts';
import { laiChauDefaultRules } from './default-rules.ts';
import { memberYears, type MemberRecord } from './members.ts';

const rating = (subjectId: string, year: number, value: string): MemberRecord => ({
  subjectId,
  type: 'rating',
  year,
  data: { year, rating: value },
});
const award = (subjectId: string, year: number, awardCode: string): MemberRecord => ({
  subjectId,
  type: 'award',
  year,
  data: { awardCode, year, kind: 'merit', decisionNo: '1/QĐ', decisionDate: `${year}-12-20` },
});
const discipline = (subjectId: string, decidedOn: string, severity: string): MemberRecord => ({
  subjectId,
  type: 'discipline',
  year: null,
  data: { severity, decidedOn, endsOn: '2099-01-01' },
});

describe('memberYears', () => {
  it.each([
    [
      'a rating alone makes a member-year',
      [rating('a', 2024, 'HTT')],
      [{ year: 2024, titles: [], rating: 'HTT' }],
    ],
    [
      'a title without a rating still counts',
      [award('a', 2024, 'LDTT')],
      [{ year: 2024, titles: ['LDTT'] }],
    ],
    [
      'the worst discipline decided that year is kept',
      [
        rating('a', 2024, 'HT'),
        discipline('a', '2024-03-01', 'reprimand'),
        discipline('a', '2024-09-01', 'warning'),
      ],
      [{ year: 2024, titles: [], rating: 'HT', disciplineSeverity: 'warning' }],
    ],
    ['other people’s records are not theirs', [rating('b', 2024, 'HTT')], []],
  ])('%s', (_, records, expected) => {
    expect(memberYears([{ id: 'a' }], records).map(({ memberId: _m, ...rest }) => rest)).toEqual(
      expected,
    );
  });

  it('Tập thể LĐTT (≥ 70% LĐTT): 7 of 10 members meet it, 6 of 10 do not', () => {
    const people = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}` }));
    const history = (withTitle: number) => ({
      subject: { id: 'u', kind: 'collective' as const, name: 'Sở Xây dựng' },
      ratings: [{ year: 2024, rating: 'HTT' as const }],
      members: memberYears(
        people,
        people.flatMap((p, i) => [
          rating(p.id, 2024, 'HTT'),
          ...(i < withTitle ? [award(p.id, 2024, 'LDTT')] : []),
        ]),
      ),
    });
    const verdict = (n: number) =>
      checkEligibility(laiChauDefaultRules, history(n), 'TTLDTT', 'collective', '2025-03-01')
        .verdict;
    expect(verdict(7)).toBe('eligible');
    expect(verdict(6)).toBe('not_eligible');
  });

  it('Luật 2022 Đ.27 k.1 — a member’s warning does not bar Tập thể LĐXS; it bars Tập thể LĐTT (no one disciplined from a warning up)', () => {
    const people = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const records = [
      ...people.flatMap((p) => [rating(p.id, 2024, 'HTT'), award(p.id, 2024, 'LDTT')]),
      award('a', 2024, 'CSTDCS'),
      discipline('c', '2024-05-01', 'warning'),
    ];
    const history = (r: 'HTXS' | 'HTT') => ({
      subject: { id: 'u', kind: 'collective' as const, name: 'Sở Xây dựng' },
      ratings: [{ year: 2024, rating: r }],
      members: memberYears(people, records),
    });
    const verdict = (award: string, r: 'HTXS' | 'HTT') =>
      checkEligibility(laiChauDefaultRules, history(r), award, 'collective', '2025-03-01').verdict;
    expect(verdict('TTLDXS', 'HTXS')).toBe('eligible');
    expect(verdict('TTLDTT', 'HTT')).toBe('not_eligible');
  });

  it('property: every member-year comes from a record of that member in that year, once', () => {
    const record = fc.oneof(
      fc
        .tuple(fc.constantFrom('a', 'b'), fc.integer({ min: 2020, max: 2025 }))
        .map(([s, y]) => rating(s, y, 'HTT')),
      fc
        .tuple(fc.constantFrom('a', 'b'), fc.integer({ min: 2020, max: 2025 }))
        .map(([s, y]) => award(s, y, 'LDTT')),
      fc
        .tuple(fc.constantFrom('a', 'b'), fc.integer({ min: 2020, max: 2025 }))
        .map(([s, y]) => discipline(s, `${y}-06-01`, 'reprimand')),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        const years = memberYears([{ id: 'a' }, { id: 'b' }], records);
        const keys = years.map((m) => `${m.memberId}:${m.year}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const m of years)
          expect(
            records.some(
              (r) =>
                r.subjectId === m.memberId &&
                (r.year ??
                  Number(String((r.data as { decidedOn: string }).decidedOn).slice(0, 4))) ===
                  m.year,
            ),
          ).toBe(true);
        const expected = new Set(
          records.map(
            (r) =>
              `${r.subjectId}:${r.year ?? String((r.data as { decidedOn: string }).decidedOn).slice(0, 4)}`,
          ),
        );
        expect(new Set(keys)).toEqual(expected);
      }),
    );
  });
});
