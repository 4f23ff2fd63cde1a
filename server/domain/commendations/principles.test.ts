import { describe, expect, it } from 'vitest';
import { laiChauDefaultRules as rules } from './default-rules.ts';
import { checkEligibility } from './eligibility.ts';
import {
  attest,
  early,
  held,
  initiative,
  official,
  rated,
} from '../../../test/support/commendation-fixtures.ts';
import type { OpenCase, SubjectHistory } from './history.ts';

/** The principles of NĐ 152/2025 Đ.4 (read in full), applied under every rule. */

const ldttReady = (extra: Partial<Omit<SubjectHistory, 'subject'>> = {}) =>
  official({
    ratings: rated({ 2025: 'HTXS' }),
    attestations: [attest('exemplary_conduct', 2025)],
    ...extra,
  });
const on = early(2025); // 2026-03-01, under NĐ 152
const complaint: OpenCase = {
  id: 'DT-12',
  kind: 'complaint',
  openedOn: '2026-01-20',
  ref: 'Đơn tố cáo ngày 20/01/2026',
};

describe('NĐ 152/2025 Đ.4 k.4 — an open case holds the award', () => {
  it.each([
    ['complaint', 'complaint'],
    ['inspection', 'inspection'],
    ['discipline procedure', 'discipline'],
    ['press report being verified', 'press_report'],
  ] as const)('NĐ 152/2025 Đ.4 k.4 — an open %s turns eligible into held', (_label, kind) => {
    const result = checkEligibility(
      rules,
      ldttReady({ openCases: [{ ...complaint, kind }] }),
      'CSTDCS',
      'individual',
      on,
    );
    expect(result.verdict).toBe('held');
    expect(result.holds).toEqual([
      expect.objectContaining({
        caseId: 'DT-12',
        kind,
        citation: expect.objectContaining({ article: '4', clause: '4' }),
      }),
    ]);
    expect(result.conditions.every((c) => c.met || c.leaf.kind === 'initiatives_recognised')).toBe(
      true,
    );
  });

  it('NĐ 152/2025 Đ.4 k.4 đoạn 3 — once concluded without a violation, the award may proceed', () => {
    const result = checkEligibility(
      rules,
      ldttReady({ openCases: [{ ...complaint, closedOn: '2026-02-15' }] }),
      'CSTDCS',
      'individual',
      on,
    );
    expect(result.verdict).toBe('eligible');
    expect(result.holds).toEqual([]);
  });

  it('NĐ 152/2025 Đ.4 k.4 — a case opened after the check date does not hold it', () => {
    const result = checkEligibility(
      rules,
      ldttReady({ openCases: [{ ...complaint, openedOn: '2026-03-02' }] }),
      'CSTDCS',
      'individual',
      on,
    );
    expect(result.verdict).toBe('eligible');
  });

  it('NĐ 152/2025 Đ.4 k.4 — an open case does not make an unqualified subject "held": it stays not eligible', () => {
    const result = checkEligibility(
      rules,
      official({ ratings: rated({ 2025: 'HT' }), openCases: [complaint] }),
      'CSTDCS',
      'individual',
      on,
    );
    expect(result.verdict).toBe('not_eligible');
    expect(result.holds).toHaveLength(1);
  });
});

describe('NĐ 152/2025 Đ.4 k.3 — thematic and sudden awards are no basis for merit', () => {
  const cstdcsYears = [2023, 2024, 2025];
  it.each(['thematic', 'sudden'] as const)(
    'NĐ 152/2025 Đ.4 k.3 — a %s CSTĐCS-coded record does not count toward three consecutive CSTĐCS',
    (kind) => {
      const awards = cstdcsYears.map((y) => held('CSTDCS', y, y === 2024 ? kind : 'merit'));
      const result = checkEligibility(
        rules,
        official({ awards, initiatives: [initiative('province', '2024-06-01')] }),
        'CSTD_TINH',
        'individual',
        on,
      );
      expect(result.verdict).toBe('not_eligible');
      const evidence = result.conditions[0]?.evidence.find(
        (e) => e.kind === 'award' && e.year === 2024,
      );
      expect(evidence).toMatchObject({ counted: false, why: 'non_merit_kind' });
    },
  );

  it('NĐ 152/2025 Đ.4 k.3 — a thematic Bằng khen tỉnh is no basis for the Prime Minister’s Bằng khen', () => {
    const ratings = rated({ 2021: 'HTXS', 2022: 'HTXS', 2023: 'HTXS', 2024: 'HTXS', 2025: 'HTXS' });
    const initiatives = [2021, 2022, 2023, 2024, 2025].map((y) => initiative('base', `${y}-05-01`));
    const thematic = checkEligibility(
      rules,
      official({ ratings, initiatives, awards: [held('BK_CT_UBND_TINH', 2020, 'thematic')] }),
      'BK_TTG',
      'individual',
      on,
    );
    const merit = checkEligibility(
      rules,
      official({ ratings, initiatives, awards: [held('BK_CT_UBND_TINH', 2020)] }),
      'BK_TTG',
      'individual',
      on,
    );
    expect([thematic.verdict, merit.verdict]).toEqual(['not_eligible', 'eligible']);
  });
});

describe('NĐ 152/2025 Đ.4 k.5 — maternity leave counts as worked time', () => {
  it('NĐ 152/2025 Đ.4 k.5 — five months of maternity leave still give a full year toward LĐTT', () => {
    const result = checkEligibility(
      rules,
      ldttReady({ absences: [{ from: '2025-03-01', to: '2025-07-31', reason: 'maternity' }] }),
      'LDTT',
      'individual',
      on,
    );
    expect(result.verdict).toBe('eligible');
    expect(
      result.conditions.find((c) => c.leaf.kind === 'months_worked_in_year')?.evidence,
    ).toEqual([
      { kind: 'worked_time', year: 2025, months: 12, maternityDays: 153, otherAbsenceDays: 0 },
    ]);
  });

  it('NĐ 152/2025 Đ.4 k.5 (contrast) — five months of unpaid leave leave under ten months worked', () => {
    const result = checkEligibility(
      rules,
      ldttReady({ absences: [{ from: '2025-03-01', to: '2025-07-31', reason: 'unpaid' }] }),
      'LDTT',
      'individual',
      on,
    );
    expect(result.verdict).toBe('not_eligible');
    expect(result.conditions.filter((c) => !c.met).map((c) => c.leaf.kind)).toEqual([
      'months_worked_in_year',
    ]);
  });
});

describe('NĐ 152/2025 Đ.4 k.4 đoạn 2 — after discipline, achievements count from its end', () => {
  it('NĐ 152/2025 Đ.4 k.4 đoạn 2 — HTXS years before the end of a reprimand do not count toward two years HTXS', () => {
    const history = official({
      ratings: rated({ 2024: 'HTXS', 2025: 'HTXS' }),
      initiatives: [initiative('base', '2025-04-01'), initiative('base', '2025-09-01')],
      disciplines: [
        { id: 'KL-3', severity: 'reprimand', decidedOn: '2024-02-01', endsOn: '2025-01-31' },
      ],
    });
    const result = checkEligibility(rules, history, 'BK_CT_UBND_TINH', 'individual', on);
    expect(result.verdict).toBe('not_eligible');
    const years = result.conditions.find(
      (c) => c.leaf.kind === 'consecutive_years_rating',
    )?.evidence;
    expect(years).toEqual([
      { kind: 'rating', year: 2024, rating: 'HTXS', counted: false, why: 'before_discipline_end' },
      { kind: 'rating', year: 2025, rating: 'HTXS', counted: false, why: 'before_discipline_end' },
    ]);
  });
});
