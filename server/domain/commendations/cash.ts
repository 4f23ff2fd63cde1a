import {
  decree152From,
  instruments,
  type BaseSalaryEntry,
  type Citation,
} from '../../../shared/commendations/catalogue.ts';

/**
 * Cash that goes with a title or form: multiplier × the base salary in force on the decision date,
 * rounded up to the next 10,000 đ (NĐ 152/2025 Đ.49 k.1–2). Integer arithmetic throughout, so
 * 0.3 × 2,340,000 is exactly 702,000 before rounding.
 */

const scale = 10_000; // multipliers carry at most four decimals
const roundTo = 10_000;

export class CashError extends Error {
  constructor(
    readonly code: 'multiplier_invalid' | 'no_base_salary' | 'base_salary_table_invalid',
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export interface CashAmount {
  /** Đồng, a multiple of 10,000. */
  amount: number;
  /** multiplier × base salary before rounding (đồng, may have a fraction). */
  exact: number;
  multiplier: number;
  baseSalary: BaseSalaryEntry;
  citation: Citation;
}

function scaled(multiplier: number): number {
  const n = Math.round(multiplier * scale);
  if (!Number.isFinite(multiplier) || multiplier < 0 || Math.abs(n - multiplier * scale) > 1e-6)
    throw new CashError('multiplier_invalid', { multiplier });
  return n;
}

/** The entry in force on `date`: the latest whose `effectiveFrom` is not after it. */
export function baseSalaryOn(table: readonly BaseSalaryEntry[], date: string): BaseSalaryEntry {
  for (let i = 1; i < table.length; i++)
    if ((table[i - 1]?.effectiveFrom ?? '') >= (table[i]?.effectiveFrom ?? ''))
      throw new CashError('base_salary_table_invalid', { at: i });
  const entry = table.filter((e) => e.effectiveFrom <= date).at(-1);
  if (!entry) throw new CashError('no_base_salary', { date });
  return entry;
}

const roundingCitation = (decisionDate: string): Citation =>
  decisionDate >= decree152From
    ? { instrument: instruments.decree152, article: '49', clause: '1, 2', verified: true }
    : {
        instrument: instruments.decree98,
        article: '53',
        verified: false,
        note: 'Same rounding rule assumed under NĐ 98/2023; article not read',
      };

export function cashAmount(
  multiplier: number,
  baseSalaryTable: readonly BaseSalaryEntry[],
  decisionDate: string,
): CashAmount {
  const m = scaled(multiplier);
  const baseSalary = baseSalaryOn(baseSalaryTable, decisionDate);
  const product = m * baseSalary.amount; // đồng × 10,000, an exact integer well inside 2^53
  const amount = Math.ceil(product / (scale * roundTo)) * roundTo;
  return {
    amount,
    exact: product / scale,
    multiplier,
    baseSalary,
    citation: roundingCitation(decisionDate),
  };
}

export interface PayableCandidate {
  subjectId: string;
  awardCode: string;
  category: 'title' | 'form';
  /** The achievement period the award is for ("2024", "2021-2025"): titles of one period pay once. */
  period: string;
  multiplier: number;
  /** Breaks ties between titles of equal multiplier; higher wins. */
  rank?: number | undefined;
}

export interface PayableOutcome<T extends PayableCandidate> {
  paid: T[];
  unpaid: { candidate: T; supersededBy: T; citation: Citation }[];
}

/**
 * For one subject and one period only the highest title is paid (NĐ 152/2025 Đ.49 k.5); forms
 * are paid on top (Đ.49 k.6–7), as are titles of different periods.
 */
export function payableForPeriod<T extends PayableCandidate>(
  awards: readonly T[],
): PayableOutcome<T> {
  const citation: Citation = {
    instrument: instruments.decree152,
    article: '49',
    clause: '5',
    verified: true,
  };
  const best = new Map<string, T>();
  const key = (a: T) => `${a.subjectId}\u0000${a.period}`;
  const higher = (a: T, b: T) =>
    a.multiplier > b.multiplier || (a.multiplier === b.multiplier && (a.rank ?? 0) > (b.rank ?? 0));
  for (const a of awards) {
    if (a.category !== 'title') continue;
    const current = best.get(key(a));
    if (!current || higher(a, current)) best.set(key(a), a);
  }
  const paid: T[] = [];
  const unpaid: PayableOutcome<T>['unpaid'] = [];
  for (const a of awards) {
    const top = a.category === 'title' ? best.get(key(a)) : undefined;
    if (top && top !== a) unpaid.push({ candidate: a, supersededBy: top, citation });
    else paid.push(a);
  }
  return { paid, unpaid };
}
