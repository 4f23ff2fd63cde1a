import { describe, expect, it } from 'vitest';
import { laiChauDefaultRules as rules } from './default-rules.ts';
import { checkEligibility, type EligibilityResult } from './eligibility.ts';
import {
  attest,
  early,
  held,
  initiative,
  official,
  rated,
} from '../../../test/support/commendation-fixtures.ts';
import type { SubjectHistory } from './history.ts';

/** Individual standards, worked by hand from the clauses named in each case. */

const good = (year: number) => attest('exemplary_conduct', year);
const check = (award: string, h: SubjectHistory, on: string) =>
  checkEligibility(rules, h, award, 'individual', on);
const missing = (r: EligibilityResult) =>
  r.conditions.filter((c) => !c.met).map((c) => c.leaf.kind);

interface Case {
  name: string;
  award: string;
  history: SubjectHistory;
  on: string;
  verdict: EligibilityResult['verdict'];
  missing?: string[];
}

const cases: Case[] = [
  {
    name: 'Luật TĐKT 2022 Đ.24 k.1 — LĐTT: rated HTT and exemplary conduct → eligible',
    award: 'LDTT',
    history: official({ ratings: rated({ 2024: 'HTT' }), attestations: [good(2024)] }),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.24 k.1 a — LĐTT: rated only HT (completed) → not eligible, rating missing',
    award: 'LDTT',
    history: official({ ratings: rated({ 2024: 'HT' }), attestations: [good(2024)] }),
    on: early(2024),
    verdict: 'not_eligible',
    missing: ['rating_in_year'],
  },
  {
    name: 'Luật TĐKT 2022 Đ.24 k.2 — LĐTT: a farmer with productive labour needs no civil-service rating',
    award: 'LDTT',
    history: official({ attestations: [attest('productive_labour', 2024), good(2024)] }, 'farmer'),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.23 k.1–2 — CSTĐCS needs LĐTT plus HTXS: HTXS and conduct → eligible',
    award: 'CSTDCS',
    history: official({ ratings: rated({ 2024: 'HTXS' }), attestations: [good(2024)] }),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.23 k.2 — CSTĐCS: HTT plus an initiative recognised at base level → eligible',
    award: 'CSTDCS',
    history: official({
      ratings: rated({ 2024: 'HTT' }),
      attestations: [good(2024)],
      initiatives: [initiative('base', '2024-11-20')],
    }),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.23 k.2 — CSTĐCS: HTT plus an accepted research project → eligible',
    award: 'CSTDCS',
    history: official({
      ratings: rated({ 2024: 'HTT' }),
      attestations: [good(2024)],
      initiatives: [initiative('province', '2024-09-01', 'research')],
    }),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.23 k.2 — CSTĐCS: HTT with neither initiative, research nor HTXS → not eligible',
    award: 'CSTDCS',
    history: official({ ratings: rated({ 2024: 'HTT' }), attestations: [good(2024)] }),
    on: early(2024),
    verdict: 'not_eligible',
    missing: ['rating_in_year', 'initiatives_recognised', 'initiatives_recognised'],
  },
  {
    name: 'Luật TĐKT 2022 Đ.23 k.1 — CSTĐCS: an initiative alone fails when the LĐTT standard (HTT) is not met',
    award: 'CSTDCS',
    history: official({
      ratings: rated({ 2024: 'HT' }),
      attestations: [good(2024)],
      initiatives: [initiative('base', '2024-05-01')],
    }),
    on: early(2024),
    verdict: 'not_eligible',
    missing: ['award_standard_met', 'rating_in_year', 'initiatives_recognised'],
  },
  {
    name: 'Luật TĐKT 2022 Đ.23 k.2 — CSTĐCS: an initiative recognised before the one-year window does not count',
    award: 'CSTDCS',
    history: official({
      ratings: rated({ 2024: 'HTT' }),
      attestations: [good(2024)],
      initiatives: [initiative('base', '2023-12-30')],
    }),
    on: early(2024),
    verdict: 'not_eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.22 — CSTĐ cấp tỉnh: CSTĐCS 2022, 2023, 2024 and a provincial initiative → eligible',
    award: 'CSTD_TINH',
    history: official({
      awards: [held('CSTDCS', 2022), held('CSTDCS', 2023), held('CSTDCS', 2024)],
      initiatives: [initiative('province', '2023-06-01')],
    }),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.22 k.1 — CSTĐ cấp tỉnh: a gap in 2023 breaks the three consecutive CSTĐCS',
    award: 'CSTD_TINH',
    history: official({
      awards: [held('CSTDCS', 2021), held('CSTDCS', 2022), held('CSTDCS', 2024)],
      initiatives: [initiative('province', '2023-06-01')],
    }),
    on: early(2024),
    verdict: 'not_eligible',
    missing: ['title_held_consecutive'],
  },
  {
    name: 'Luật TĐKT 2022 Đ.22 k.2 — CSTĐ cấp tỉnh: a base-level initiative is below the provincial level required',
    award: 'CSTD_TINH',
    history: official({
      awards: [held('CSTDCS', 2022), held('CSTDCS', 2023), held('CSTDCS', 2024)],
      initiatives: [initiative('base', '2023-06-01')],
    }),
    on: early(2024),
    verdict: 'not_eligible',
    missing: ['initiatives_recognised'],
  },
  {
    name: 'Bằng khen tỉnh (Bắc Ninh QĐ 86/2025 Đ.3 k.3 slot) — two consecutive CSTĐCS → eligible',
    award: 'BK_CT_UBND_TINH',
    history: official({ awards: [held('CSTDCS', 2023), held('CSTDCS', 2024)] }),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.74 k.1 — Bằng khen tỉnh: two years HTXS with two base-level initiatives → eligible',
    award: 'BK_CT_UBND_TINH',
    history: official({
      ratings: rated({ 2023: 'HTXS', 2024: 'HTXS' }),
      initiatives: [initiative('base', '2023-04-01'), initiative('base', '2024-04-01')],
    }),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.74 k.1 — Bằng khen tỉnh: two years HTXS with one initiative and one research do not add up',
    award: 'BK_CT_UBND_TINH',
    history: official({
      ratings: rated({ 2023: 'HTXS', 2024: 'HTXS' }),
      initiatives: [initiative('base', '2023-04-01'), initiative('base', '2024-04-01', 'research')],
    }),
    on: early(2024),
    verdict: 'not_eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.44 k.2 — HCLĐ hạng Ba: a farmer whose invention is applied → eligible',
    award: 'HCLD_3',
    history: official({ attestations: [attest('applied_invention', 2024)] }, 'farmer'),
    on: early(2024),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.44 k.2 — HCLĐ hạng Ba: the workers-and-farmers clause does not reach an official',
    award: 'HCLD_3',
    history: official({ attestations: [attest('applied_invention', 2024)] }),
    on: early(2024),
    verdict: 'not_eligible',
  },
];

describe('checkEligibility — individual standards', () => {
  it.each(cases)('$name', ({ award, history, on, verdict, missing: expected }) => {
    const result = check(award, history, on);
    expect(result.verdict).toBe(verdict);
    if (expected) expect(missing(result)).toEqual(expected);
  });

  it('Luật TĐKT 2022 Đ.22 — the answer names the rule version, its citation and the decisions it used', () => {
    const history = official({
      awards: [held('CSTDCS', 2022), held('CSTDCS', 2023), held('CSTDCS', 2024)],
      initiatives: [initiative('province', '2023-06-01')],
    });
    const result = check('CSTD_TINH', history, early(2024));
    expect(result.rule).toMatchObject({
      code: 'lc.cstd_tinh',
      effectiveFrom: '2024-01-01',
      citation: { article: '22' },
    });
    const titles = result.conditions[0]?.evidence ?? [];
    expect(
      titles.map((e) => (e.kind === 'award' ? [e.year, e.decisionNo, e.counted] : e.kind)),
    ).toEqual(history.awards?.map((a) => [a.year, a.decisionNo, true]));
    expect(result.conditions[0]?.description.vi).toBe(
      '3 lần liên tục đạt “Chiến sĩ thi đua cơ sở”',
    );
  });

  it('Luật TĐKT 2022 Đ.24 k.1–2 — of two LĐTT standards in force, the one met is applied and the other reported', () => {
    const result = check(
      'LDTT',
      official({ attestations: [attest('productive_labour', 2024), good(2024)] }, 'worker'),
      early(2024),
    );
    expect(result.rule?.code).toBe('lc.ldtt.worker_farmer');
    expect(result.alternatives).toEqual([
      expect.objectContaining({
        rule: expect.objectContaining({ code: 'lc.ldtt.official' }),
        met: false,
      }),
    ]);
  });

  it('Luật TĐKT 2022 Đ.23 k.1 — a CSTĐCS check may rely on an LĐTT decision already taken that year', () => {
    const result = check(
      'CSTDCS',
      official({ ratings: rated({ 2024: 'HTXS' }), awards: [held('LDTT', 2024)] }),
      early(2024),
    );
    expect(result.verdict).toBe('eligible');
    expect(result.conditions[0]?.evidence[0]).toMatchObject({ kind: 'standard', via: 'held' });
  });

  it('a history of another kind of subject, or an award with no rule, is not eligible with a reason', () => {
    expect(checkEligibility(rules, official(), 'TTLDTT', 'collective', early(2024)).reason).toBe(
      'subject_kind_mismatch',
    );
    expect(check('CSTD_TQ', official(), '2023-03-01').reason).toBe('no_rule_in_force');
  });
});
