import { instruments } from './sources.ts';
import type { Citation } from './types.ts';

/** One value of the base salary (mức lương cơ sở), in force from `effectiveFrom` until the next entry. */
export interface BaseSalaryEntry {
  effectiveFrom: string;
  amount: number;
  citation: Citation;
}

/**
 * Base salary in đồng per month, oldest first. Rewards use the value in force on the decision date
 * (NĐ 152/2025 Đ.49 k.1). 2,340,000 from 2024-07-01 was read in NĐ 73/2024 Đ.3 k.2 (TVPL 593004a43ef54dba);
 * 1,490,000 (NĐ 38/2019) and 1,800,000 (NĐ 24/2023) are the well-known earlier values, not re-read here;
 * 2,530,000 from 2026-07-01 (NĐ 161/2026 of 15/05/2026, Đ.3 k.2) agrees across several independent
 * public sources but its text was not read.
 */
export const baseSalaryTable: readonly BaseSalaryEntry[] = [
  {
    effectiveFrom: '2019-07-01',
    amount: 1_490_000,
    citation: {
      instrument: instruments.decree38of2019,
      article: '3',
      clause: '2',
      verified: false,
      note: 'Not re-read',
    },
  },
  {
    effectiveFrom: '2023-07-01',
    amount: 1_800_000,
    citation: {
      instrument: instruments.decree24of2023,
      article: '3',
      clause: '2',
      verified: false,
      note: 'Not re-read',
    },
  },
  {
    effectiveFrom: '2024-07-01',
    amount: 2_340_000,
    citation: { instrument: instruments.decree73of2024, article: '3', clause: '2', verified: true },
  },
  {
    effectiveFrom: '2026-07-01',
    amount: 2_530_000,
    citation: {
      instrument: instruments.decree161of2026,
      article: '3',
      clause: '2',
      verified: false,
      note: 'Secondary sources agree; text not read',
    },
  },
];
