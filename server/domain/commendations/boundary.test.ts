import { describe, expect, it } from 'vitest';
import {
  baseSalaryTable,
  findAward,
  multiplierOn,
} from '../../../shared/commendations/catalogue.ts';
import { cashAmount } from './cash.ts';
import { laiChauDefaultRules as rules } from './default-rules.ts';
import { checkEligibility } from './eligibility.ts';
import { attest, subject } from '../../../test/support/commendation-fixtures.ts';
import type { SubjectHistory } from './history.ts';
import type { LocalUnitKind } from '../../../shared/commendations/catalogue.ts';

/**
 * Decree 98/2023 gave way to Decree 152/2025 on 2025-07-01 (NĐ 152/2025 Đ.59 k.1–2, read).
 * The same history is checked on 2025-06-30 and on 2025-07-01.
 */

const before = '2025-06-30';
const after = '2025-07-01';
const commune = (localUnitKind: LocalUnitKind): SubjectHistory =>
  subject(
    'collective',
    { name: 'Thị trấn Tam Đường', localUnitKind },
    { attestations: [attest('model_commune_criteria', 2024)] },
  );

describe('2025-06-30 vs 2025-07-01', () => {
  it('NĐ 98/2023 Đ.54 k.2 c vs NĐ 152/2025 Đ.50 k.2 c — a township (thị trấn) is a model-commune candidate on 30/6, not on 1/7', () => {
    const old = checkEligibility(rules, commune('township'), 'XA_TIEU_BIEU', 'collective', before);
    const now = checkEligibility(rules, commune('township'), 'XA_TIEU_BIEU', 'collective', after);
    expect([old.verdict, now.verdict]).toEqual(['eligible', 'not_eligible']);
    expect(old.rule).toMatchObject({
      code: 'lc.xa_tieu_bieu',
      effectiveTo: '2025-06-30',
      citation: { instrument: 'Nghị định số 98/2023/NĐ-CP', article: '54' },
    });
    expect(now.rule).toMatchObject({
      code: 'lc.xa_tieu_bieu',
      effectiveFrom: '2025-07-01',
      citation: {
        instrument: 'Nghị định số 152/2025/NĐ-CP',
        article: '50',
        clause: '2',
        point: 'c',
        verified: true,
      },
    });
    expect(now.conditions.filter((c) => !c.met).map((c) => c.leaf.kind)).toEqual([
      'local_unit_kind_in',
    ]);
  });

  it('NĐ 152/2025 Đ.50 k.2 c — a special zone (đặc khu) qualifies from 1/7, not before', () => {
    const verdicts = [before, after].map(
      (d) =>
        checkEligibility(rules, commune('special_zone'), 'XA_TIEU_BIEU', 'collective', d).verdict,
    );
    expect(verdicts).toEqual(['not_eligible', 'eligible']);
  });

  it('NĐ 98/2023 → NĐ 152/2025 — a rural commune qualifies on both days, under a different rule version each day', () => {
    const [old, now] = [before, after].map((d) =>
      checkEligibility(rules, commune('rural_commune'), 'XA_TIEU_BIEU', 'collective', d),
    );
    expect([old?.verdict, now?.verdict]).toEqual(['eligible', 'eligible']);
    expect([old?.rule?.effectiveFrom, now?.rule?.effectiveFrom]).toEqual([
      '2024-01-01',
      '2025-07-01',
    ]);
  });

  it('Luật 72/2025/QH15 (two-tier local government) — the district chair’s Giấy khen has a rule on 30/6 and none on 1/7', () => {
    const person = subject(
      'individual',
      { category: 'official' },
      { attestations: [attest('outstanding_in_movement', 2024)] },
    );
    const old = checkEligibility(rules, person, 'GK_CT_UBND_HUYEN', 'individual', before);
    const now = checkEligibility(rules, person, 'GK_CT_UBND_HUYEN', 'individual', after);
    expect(old.verdict).toBe('eligible');
    expect(now).toMatchObject({
      verdict: 'not_eligible',
      rule: null,
      reason: 'award_not_conferrable',
      conditions: [],
    });
    expect(checkEligibility(rules, person, 'GK_CT_UBND_XA', 'individual', after).verdict).toBe(
      'eligible',
    );
  });

  it('NĐ 152/2025 Đ.4 — the principles applied switch from NĐ 98/2023 to NĐ 152/2025', () => {
    const codes = [before, after].map(
      (d) =>
        checkEligibility(rules, commune('ward'), 'XA_TIEU_BIEU', 'collective', d).principles.code,
    );
    expect(codes).toEqual(['nd98.principles', 'nd152.principles']);
  });

  it('NĐ 98/2023 Đ.54 k.1 c = NĐ 152/2025 Đ.50 k.1 c — CSTĐCS pays 1.0 × base salary either side, cited to each decree', () => {
    const award = findAward('CSTDCS');
    if (!award) throw new Error('CSTDCS missing from the catalogue');
    const [old, now] = [before, after].map((d) => multiplierOn(award, 'individual', d));
    expect([old?.value, now?.value]).toEqual([1, 1]);
    expect([old?.citation.article, now?.citation.article]).toEqual(['54', '50']);
    expect([before, after].map((d) => cashAmount(1, baseSalaryTable, d).amount)).toEqual([
      2_340_000, 2_340_000,
    ]);
  });

  it('NĐ 98/2023 → NĐ 152/2025 Đ.54 k.1 b — the provincial Bằng khen pays an individual 1.0 × on 30/6 and 1.5 × on 1/7', () => {
    const award = findAward('BK_CT_UBND_TINH');
    if (!award) throw new Error('BK_CT_UBND_TINH missing from the catalogue');
    const [old, now] = [before, after].map((d) => multiplierOn(award, 'individual', d));
    expect([old?.value, now?.value]).toEqual([1, 1.5]);
    expect(now?.citation).toMatchObject({ article: '54', clause: '1', point: 'b', verified: true });
    // the NĐ 98 amount rests on NĐ 91/2017 and is flagged so
    expect(old?.citation.verified).toBe(false);
    expect(
      [before, after].map((d, i) => cashAmount([1, 1.5][i]!, baseSalaryTable, d).amount),
    ).toEqual([2_340_000, 3_510_000]);
  });
});
