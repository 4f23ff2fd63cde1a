import { describe, expect, it } from 'vitest';
import { laiChauDefaultRules } from './default-rules.ts';
import type { Rule } from '../../../shared/commendations/rule-schema.ts';
import { rulesInForce, validateRuleSet } from './rules.ts';

/** Rules are data: cited, dated without overlap within a lineage, and storable as JSON. */

const cstdcs: Rule = {
  code: 'lc.test.cstdcs',
  awardCode: 'CSTDCS',
  subject: 'individual',
  effectiveFrom: '2024-01-01',
  citation: { instrument: 'Luật Thi đua, khen thưởng số 06/2022/QH15', article: '23' },
  condition: {
    kind: 'all',
    conditions: [
      { kind: 'award_standard_met', award: 'LDTT' },
      { kind: 'rating_in_year', min: 'HTXS' },
    ],
  },
};
const problems = (input: unknown[]) => {
  const result = validateRuleSet(input);
  return result.ok ? [] : result.problems.map((p) => [p.index, p.code, p.path]);
};

describe('validateRuleSet', () => {
  it('Lai Châu default rules (Luật TĐKT 2022, NĐ 98/2023, NĐ 152/2025) validate and survive a JSON round trip', () => {
    const result = validateRuleSet(JSON.parse(JSON.stringify(laiChauDefaultRules)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.rules).toEqual(JSON.parse(JSON.stringify(laiChauDefaultRules)));
  });

  it('every default rule and every decree-dependent version carries a citation with instrument and article', () => {
    for (const r of laiChauDefaultRules)
      expect(r.citation.instrument && r.citation.article, r.code).toBeTruthy();
  });

  it('issue 5 bar — a rule without a citation is refused', () => {
    const { citation: _dropped, ...uncited } = cstdcs;
    expect(problems([uncited])).toEqual([[0, 'citation_required', 'citation']]);
    expect(problems([{ ...cstdcs, citation: { instrument: ' ', article: '23' } }])).toEqual([
      [0, 'citation_required', 'citation.instrument'],
    ]);
    expect(problems([{ ...cstdcs, citation: { instrument: 'Luật 06/2022/QH15' } }])).toEqual([
      [0, 'citation_required', 'citation.article'],
    ]);
  });

  it('issue 5 bar — two versions of one lineage in force on the same day are refused', () => {
    const v1 = { ...cstdcs, effectiveTo: '2025-07-01' };
    const v2 = { ...cstdcs, effectiveFrom: '2025-07-01' };
    expect(problems([v1, v2])).toEqual([[1, 'overlapping_dates', 'effectiveFrom']]);
    expect(problems([cstdcs, { ...cstdcs, effectiveFrom: '2030-01-01' }])).toEqual([
      [1, 'overlapping_dates', 'effectiveFrom'],
    ]);
  });

  it('NĐ 98/2023 to 2025-06-30 then NĐ 152/2025 from 2025-07-01 — adjacent versions are accepted', () => {
    expect(
      problems([
        { ...cstdcs, effectiveTo: '2025-06-30' },
        { ...cstdcs, effectiveFrom: '2025-07-01' },
      ]),
    ).toEqual([]);
  });

  it('different lineages for one award may be in force together (alternative standards)', () => {
    expect(problems([cstdcs, { ...cstdcs, code: 'lc.test.cstdcs.alt' }])).toEqual([]);
  });

  it('refuses reversed dates, unknown awards and leaves, subjects the award is not for, and lineages that change award', () => {
    expect(problems([{ ...cstdcs, effectiveTo: '2023-12-31' }])).toEqual([
      [0, 'dates_reversed', 'effectiveTo'],
    ]);
    expect(problems([{ ...cstdcs, awardCode: 'HUY_HIEU_X' }])).toEqual([
      [0, 'unknown_award', 'awardCode'],
    ]);
    expect(
      problems([{ ...cstdcs, condition: { kind: 'held_title', award: 'LDTT' } }])[0]?.slice(0, 2),
    ).toEqual([0, 'invalid']);
    expect(
      problems([
        { ...cstdcs, condition: { kind: 'title_held_consecutive', award: 'NOPE', years: 2 } },
      ]),
    ).toEqual([[0, 'unknown_award', 'condition']]);
    expect(problems([{ ...cstdcs, subject: 'household' }])).toEqual([
      [0, 'subject_not_allowed', 'subject'],
    ]);
    expect(
      problems([
        { ...cstdcs, effectiveTo: '2024-12-31' },
        { ...cstdcs, awardCode: 'LDTT', effectiveFrom: '2025-01-01' },
      ]),
    ).toEqual([[1, 'lineage_changes_award', 'code']]);
    expect(problems([{ ...cstdcs, effectiveFrom: '2025-02-30' }])).toEqual([
      [0, 'invalid', 'effectiveFrom'],
    ]);
  });

  it('a province can add its own standard as JSON, with a labelled attested fact', () => {
    const json = `{"code":"lc.qd.bk_tinh.ocop","awardCode":"BK_CT_UBND_TINH","subject":"collective","effectiveFrom":"2026-01-01",
      "citation":{"instrument":"Quyết định của UBND tỉnh Lai Châu","article":"5","clause":"2"},
      "condition":{"kind":"all","conditions":[{"kind":"attested","fact":"ocop_four_star","label":{"vi":"Có sản phẩm OCOP 4 sao","en":"Has a 4-star OCOP product"}},{"kind":"rating_in_year","min":"HTT"}]}}`;
    expect(problems([JSON.parse(json)])).toEqual([]);
  });
});

describe('rulesInForce', () => {
  it('effectiveTo is the last day in force', () => {
    const v1 = { ...cstdcs, effectiveTo: '2025-06-30' };
    expect(rulesInForce([v1], 'CSTDCS', 'individual', '2025-06-30')).toEqual([v1]);
    expect(rulesInForce([v1], 'CSTDCS', 'individual', '2025-07-01')).toEqual([]);
  });
});
