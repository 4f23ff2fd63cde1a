import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseSalaryTable, type BaseSalaryEntry } from '../../../shared/commendations/catalogue.ts';
import {
  CashError,
  baseSalaryOn,
  cashAmount,
  payableForPeriod,
  type PayableCandidate,
} from './cash.ts';

/** Worked from NĐ 152/2025 Đ.49–50 (read) and the base-salary decrees. */

describe('cashAmount', () => {
  it.each([
    [
      'NĐ 152/2025 Đ.50 k.1 c, NĐ 73/2024 Đ.3 k.2 — CSTĐCS 1.0 × 2,340,000 = 2,340,000',
      1.0,
      '2025-12-20',
      2_340_000,
      2_340_000,
    ],
    [
      'NĐ 152/2025 Đ.50 k.1 d, Đ.49 k.2 — LĐTT 0.3 × 2,340,000 = 702,000, rounded up to 710,000',
      0.3,
      '2025-12-20',
      702_000,
      710_000,
    ],
    [
      'NĐ 152/2025 Đ.50 k.2 b, Đ.49 k.2 — TTLĐTT 0.8 × 2,340,000 = 1,872,000, rounded up to 1,880,000',
      0.8,
      '2025-12-20',
      1_872_000,
      1_880_000,
    ],
    [
      'NĐ 152/2025 Đ.50 k.1 a — CSTĐ toàn quốc 4.5 × 2,340,000 = 10,530,000, already round',
      4.5,
      '2025-12-20',
      10_530_000,
      10_530_000,
    ],
    [
      'NĐ 152/2025 Đ.50 k.2 đ — Cờ thi đua Chính phủ 12.0 × 2,340,000 = 28,080,000',
      12,
      '2025-12-20',
      28_080_000,
      28_080_000,
    ],
    [
      'NĐ 98/2023 Đ.54 k.1 d, NĐ 24/2023 — LĐTT decided 2024-06-30 uses 1,800,000: 540,000',
      0.3,
      '2024-06-30',
      540_000,
      540_000,
    ],
    [
      'NĐ 73/2024 Đ.3 k.2 — LĐTT decided on 2024-07-01 already uses 2,340,000',
      0.3,
      '2024-07-01',
      702_000,
      710_000,
    ],
    [
      'NĐ 161/2026 — LĐTT decided 2026-07-01 uses 2,530,000: 759,000, rounded up to 760,000',
      0.3,
      '2026-07-01',
      759_000,
      760_000,
    ],
    [
      'NĐ 38/2019 — CSTĐ tỉnh 3.0 decided 2021-01-10 uses 1,490,000: 4,470,000',
      3,
      '2021-01-10',
      4_470_000,
      4_470_000,
    ],
  ])('%s', (_name, multiplier, date, exact, amount) => {
    const result = cashAmount(multiplier, baseSalaryTable, date);
    expect([result.exact, result.amount]).toEqual([exact, amount]);
  });

  it('NĐ 152/2025 Đ.49 k.1 — the base salary is the one in force on the decision date, cited', () => {
    expect(cashAmount(1, baseSalaryTable, '2026-06-30').baseSalary).toMatchObject({
      amount: 2_340_000,
      citation: { article: '3', clause: '2' },
    });
    expect(cashAmount(1, baseSalaryTable, '2025-07-01').citation).toMatchObject({
      article: '49',
      verified: true,
    });
  });

  it('refuses a date before the table, a multiplier with more than four decimals and an unsorted table', () => {
    expect(() => cashAmount(1, baseSalaryTable, '2019-06-30')).toThrow(CashError);
    expect(() => cashAmount(0.12345, baseSalaryTable, '2025-01-01')).toThrow('multiplier_invalid');
    const reversed: BaseSalaryEntry[] = [...baseSalaryTable].reverse();
    expect(() => baseSalaryOn(reversed, '2025-01-01')).toThrow('base_salary_table_invalid');
  });

  it('NĐ 152/2025 Đ.49 k.2 (property) — cash is a multiple of 10,000, at least the exact product and less than 10,000 above it', () => {
    const dates = fc
      .integer({ min: Date.UTC(2019, 6, 1), max: Date.UTC(2030, 11, 31) })
      .map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), dates, (hundredths, date) => {
        const multiplier = hundredths / 100;
        const { amount, baseSalary } = cashAmount(multiplier, baseSalaryTable, date);
        const exactTimes100 = hundredths * baseSalary.amount; // exact integer, no float
        expect(amount % 10_000).toBe(0);
        expect(amount * 100).toBeGreaterThanOrEqual(exactTimes100);
        expect(amount * 100).toBeLessThan(exactTimes100 + 10_000 * 100);
      }),
    );
  });
});

describe('payableForPeriod', () => {
  const c = (
    awardCode: string,
    category: 'title' | 'form',
    period: string,
    multiplier: number,
    subjectId = 'p1',
  ): PayableCandidate => ({
    subjectId,
    awardCode,
    category,
    period,
    multiplier,
  });

  it('NĐ 152/2025 Đ.49 k.5 — LĐTT and CSTĐCS for the same year: only CSTĐCS is paid', () => {
    const ldtt = c('LDTT', 'title', '2025', 0.3);
    const cstdcs = c('CSTDCS', 'title', '2025', 1);
    const out = payableForPeriod([ldtt, cstdcs]);
    expect(out.paid).toEqual([cstdcs]);
    expect(out.unpaid).toEqual([
      {
        candidate: ldtt,
        supersededBy: cstdcs,
        citation: expect.objectContaining({ article: '49', clause: '5' }),
      },
    ]);
  });

  it('NĐ 152/2025 Đ.49 k.5 đoạn 1 — titles for different periods are each paid', () => {
    const three = [c('CSTD_TINH', 'title', '2023-2025', 3), c('CSTDCS', 'title', '2025', 1)];
    expect(payableForPeriod(three).paid).toEqual(three);
  });

  it('NĐ 152/2025 Đ.49 k.7 — a title and a form at the same time are both paid', () => {
    const both = [c('CSTDCS', 'title', '2025', 1), c('BK_CT_UBND_TINH', 'form', '2025', 1)];
    expect(payableForPeriod(both).paid).toEqual(both);
  });

  it('each subject is judged on its own', () => {
    const two = [c('LDTT', 'title', '2025', 0.3, 'p1'), c('CSTDCS', 'title', '2025', 1, 'p2')];
    expect(payableForPeriod(two).paid).toEqual(two);
  });
});
