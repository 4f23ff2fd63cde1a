import { decree152From, decree98To, law2022From } from '../../../shared/commendations/sources.ts';
import { nd152, nd98, unverified, province } from '../../../shared/commendations/sources.ts';
import type { Citation } from '../../../shared/commendations/types.ts';

/**
 * The Council's vote thresholds as dated rules, each citing its clause. The share is counted
 * against ALL members of the Council (present, absent with a written vote, recused alike), as
 * NĐ 98/2023 Đ.30 k.7 says ("tính trên tổng số thành viên của Hội đồng").
 */
export interface ThresholdRule {
  code: string;
  awards: readonly string[];
  /** Percent of all members voting in favour, inclusive (≥). */
  percent: number;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  citation: Citation;
}

const high = ['CSTD_TQ', 'CSTD_TINH', 'AH_LD', 'AH_LLVT'];
const flags = ['CSTDCS', 'CO_TD_TINH', 'CO_TD_CP'];

/**
 * NĐ 98/2023 Đ.30 k.7 read in TVPL 28a584966bb6fbc9 (verified). NĐ 152/2025 replaced it on
 * 2025-07-01 (Đ.59); its voting clause was not found in the mirrored texts, so the same shares
 * are carried over and flagged unverified until the office reads the decree.
 */
export const thresholdRules: readonly ThresholdRule[] = [
  {
    code: 'vote_90_nd98',
    awards: high,
    percent: 90,
    effectiveFrom: law2022From,
    effectiveTo: decree98To,
    citation: nd98('30', { clause: '7' }),
  },
  {
    code: 'vote_80_nd98',
    awards: flags,
    percent: 80,
    effectiveFrom: law2022From,
    effectiveTo: decree98To,
    citation: nd98('30', { clause: '7' }),
  },
  {
    code: 'vote_90_nd152',
    awards: high,
    percent: 90,
    effectiveFrom: decree152From,
    citation: nd152(
      '—',
      unverified(
        'Voting clause of NĐ 152/2025 not found in the mirrored texts; NĐ 98 Đ.30 k.7 carried over',
      ),
    ),
  },
  {
    code: 'vote_80_nd152',
    awards: flags,
    percent: 80,
    effectiveFrom: decree152From,
    citation: nd152(
      '—',
      unverified(
        'Voting clause of NĐ 152/2025 not found in the mirrored texts; NĐ 98 Đ.30 k.7 carried over',
      ),
    ),
  },
  {
    code: 'vote_majority_province',
    awards: ['BK_CT_UBND_TINH', 'BK_TTG', 'HCLD_1', 'HCLD_2', 'HCLD_3', 'TTLDXS', 'XA_TIEU_BIEU'],
    percent: 51,
    effectiveFrom: law2022From,
    citation: province(
      '8',
      'No national share for forms; the province sets it (Bắc Ninh QĐ 86/2025 pattern). Default: more than half of all members',
    ),
  },
];

/** The rule that applies to a vote on `award` held on `date`, if the Council votes on it. */
export function thresholdFor(
  award: string,
  date: string,
  rules: readonly ThresholdRule[] = thresholdRules,
): ThresholdRule | undefined {
  return rules.find(
    (r) =>
      r.awards.includes(award) &&
      r.effectiveFrom <= date &&
      (r.effectiveTo === undefined || date <= r.effectiveTo),
  );
}

/** Whether the Council must vote on the award at all (a threshold exists for it). */
export const councilVotes = (award: string, date: string) =>
  thresholdFor(award, date) !== undefined;

export interface TallyInput {
  inFavour: number;
  against: number;
  abstain: number;
  /** Every member of the Council on the session's day. */
  totalMembers: number;
}

export interface TallyOutcome {
  passed: boolean;
  /** Share of all members in favour, in percent with two decimals. */
  share: number;
  percent: number;
  rule: string;
  citation: Citation;
}

/** Integer arithmetic: in favour × 100 ≥ percent × all members (12 of 15 = 80% passes 80). */
export function judgeTally(t: TallyInput, rule: ThresholdRule): TallyOutcome {
  const passed = t.totalMembers > 0 && t.inFavour * 100 >= rule.percent * t.totalMembers;
  const share = t.totalMembers > 0 ? Math.round((t.inFavour * 10000) / t.totalMembers) / 100 : 0;
  return { passed, share, percent: rule.percent, rule: rule.code, citation: rule.citation };
}

/** Quorum: members present in person ≥ numerator/denominator of all members (default 2/3). */
export function quorumMet(present: number, total: number, num = 2, den = 3): boolean {
  return total > 0 && present * den >= num * total;
}
