import { describe, expect, it } from 'vitest';
import type { SubjectKind } from '../../../shared/commendations/catalogue.ts';
import { laiChauDefaultRules as rules } from './default-rules.ts';
import { checkEligibility, type EligibilityResult } from './eligibility.ts';
import {
  attest,
  early,
  held,
  members,
  rated,
  subject,
} from '../../../test/support/commendation-fixtures.ts';
import type { SubjectHistory } from './history.ts';

/** Collective and household standards, worked by hand from the clauses named in each case. */

const unit = (rest: Partial<Omit<SubjectHistory, 'subject'>>): SubjectHistory =>
  subject('collective', { name: 'Phòng Nội vụ' }, rest);
const household = (rest: Partial<Omit<SubjectHistory, 'subject'>>): SubjectHistory =>
  subject('household', { name: 'Hộ ông Vàng A Sử' }, rest);

interface Case {
  name: string;
  award: string;
  kind: SubjectKind;
  history: SubjectHistory;
  verdict: EligibilityResult['verdict'];
  missing?: string[];
}

const cases: Case[] = [
  {
    name: 'Luật TĐKT 2022 Đ.29 / DOMAIN §2 — TTLĐTT: HTT, 7 of 10 members LĐTT (70%), nobody warned → eligible',
    award: 'TTLDTT',
    kind: 'collective',
    history: unit({ ratings: rated({ 2024: 'HTT' }), members: members(2024, 10, { ldtt: 7 }) }),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.29 / DOMAIN §2 — TTLĐTT: 6 of 10 members LĐTT is under 70% → not eligible',
    award: 'TTLDTT',
    kind: 'collective',
    history: unit({ ratings: rated({ 2024: 'HTT' }), members: members(2024, 10, { ldtt: 6 }) }),
    verdict: 'not_eligible',
    missing: ['members_share_with_title'],
  },
  {
    name: 'Luật TĐKT 2022 Đ.29 — TTLĐTT: a member disciplined with a warning (cảnh cáo) bars the collective',
    award: 'TTLDTT',
    kind: 'collective',
    history: unit({
      ratings: rated({ 2024: 'HTT' }),
      members: members(2024, 10, { ldtt: 8, warnedIndex: 9 }),
    }),
    verdict: 'not_eligible',
    missing: ['no_member_discipline'],
  },
  {
    name: 'Luật TĐKT 2022 Đ.28 / DOMAIN §2 — TTLĐXS: HTXS, all members HT, 70% LĐTT, one CSTĐCS → eligible',
    award: 'TTLDXS',
    kind: 'collective',
    history: unit({
      ratings: rated({ 2024: 'HTXS' }),
      members: members(2024, 10, { ldtt: 7, cstdcs: 1, rating: 'HT' }),
    }),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.28 / DOMAIN §2 — TTLĐXS: without a single CSTĐCS member → not eligible',
    award: 'TTLDXS',
    kind: 'collective',
    history: unit({
      ratings: rated({ 2024: 'HTXS' }),
      members: members(2024, 10, { ldtt: 9, rating: 'HTT' }),
    }),
    verdict: 'not_eligible',
    missing: ['members_count_with_title'],
  },
  {
    name: 'Bắc Ninh QĐ 86/2025 Đ.3 k.1 slot — Cờ thi đua tỉnh: leads its block, exceeded targets, thrift, party and unions excellent',
    award: 'CO_TD_TINH',
    kind: 'collective',
    history: unit({
      attestations: [
        'block_leader',
        'targets_exceeded',
        'thrift_practised',
        'party_unions_excellent',
      ].map((f) => attest(f, 2024)),
    }),
    verdict: 'eligible',
  },
  {
    name: 'Bắc Ninh QĐ 86/2025 Đ.3 k.1 slot — Cờ thi đua tỉnh: second in its block → not eligible',
    award: 'CO_TD_TINH',
    kind: 'collective',
    history: unit({
      attestations: ['targets_exceeded', 'thrift_practised', 'party_unions_excellent'].map((f) =>
        attest(f, 2024),
      ),
    }),
    verdict: 'not_eligible',
    missing: ['attested'],
  },
  {
    name: 'Luật TĐKT 2022 Đ.74 k.2 / Bắc Ninh Đ.3 k.3 — Bằng khen tỉnh, collective: TTLĐXS 2023 and 2024 → eligible',
    award: 'BK_CT_UBND_TINH',
    kind: 'collective',
    history: unit({ awards: [held('TTLDXS', 2023), held('TTLDXS', 2024)] }),
    verdict: 'eligible',
  },
  {
    name: 'Bắc Ninh QĐ 86/2025 Đ.3 k.3 — Bằng khen tỉnh, household: gave land for the commune road (hiến đất) → eligible',
    award: 'BK_CT_UBND_TINH',
    kind: 'household',
    history: household({
      contributions: [
        { id: 'HD-07', kind: 'land', date: '2024-08-10', project: 'Đường liên bản Sin Suối Hồ' },
      ],
    }),
    verdict: 'eligible',
  },
  {
    name: 'Bắc Ninh QĐ 86/2025 Đ.3 k.3 — Bằng khen tỉnh, household: money alone is not land, labour or assets',
    award: 'BK_CT_UBND_TINH',
    kind: 'household',
    history: household({ contributions: [{ id: 'HD-08', kind: 'money', date: '2024-08-10' }] }),
    verdict: 'not_eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.75 — Giấy khen of the commune chair, household: contributed labour this year → eligible',
    award: 'GK_CT_UBND_XA',
    kind: 'household',
    history: household({
      contributions: [
        { id: 'NC-1', kind: 'labour', date: '2024-04-02', project: 'Nhà văn hóa bản' },
      ],
    }),
    verdict: 'eligible',
  },
  {
    name: 'Luật TĐKT 2022 Đ.75 — Giấy khen of the head of unit, collective: outstanding in the movement → eligible',
    award: 'GK_THU_TRUONG',
    kind: 'collective',
    history: unit({ attestations: [attest('outstanding_in_movement', 2024)] }),
    verdict: 'eligible',
  },
];

describe('checkEligibility — collectives and households', () => {
  it.each(cases)('$name', ({ award, kind, history, verdict, missing }) => {
    const result = checkEligibility(rules, history, award, kind, early(2024));
    expect(result.verdict).toBe(verdict);
    if (missing)
      expect(result.conditions.filter((c) => !c.met).map((c) => c.leaf.kind)).toEqual(missing);
  });

  it('DOMAIN §2 — the members condition reports the share, who counted and who did not', () => {
    const result = checkEligibility(
      rules,
      unit({ ratings: rated({ 2024: 'HTT' }), members: members(2024, 4, { ldtt: 3 }) }),
      'TTLDTT',
      'collective',
      early(2024),
    );
    const share = result.conditions.find((c) => c.leaf.kind === 'members_share_with_title');
    expect(share?.evidence).toEqual([
      {
        kind: 'members',
        year: 2024,
        total: 4,
        matching: 3,
        share: 0.75,
        matchingIds: ['m1', 'm2', 'm3'],
        otherIds: ['m4'],
      },
    ]);
  });

  it('DOMAIN §2 — without member records the share is missing, not assumed', () => {
    const result = checkEligibility(
      rules,
      unit({ ratings: rated({ 2024: 'HTT' }) }),
      'TTLDTT',
      'collective',
      early(2024),
    );
    expect(result.verdict).toBe('not_eligible');
    expect(
      result.conditions.find((c) => c.leaf.kind === 'members_share_with_title')?.evidence,
    ).toEqual([{ kind: 'missing', what: 'members', year: 2024 }]);
  });
});
