import type { FieldProblem } from '../../../shared/errors.ts';

export const measures = ['percent', 'count', 'percent_change', 'done'] as const;
export type Measure = (typeof measures)[number];

/**
 * Whether a value fits the target's unit of measure: percent 0–100, count a non-negative
 * integer, done 0 or 1, percent_change any finite number. Null when it fits.
 */
export function checkValue(measure: string, value: number): FieldProblem | null {
  if (!Number.isFinite(value)) return { key: 'target_value_number' };
  switch (measure) {
    case 'percent':
      return value >= 0 && value <= 100 ? null : { key: 'target_value_percent' };
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : { key: 'target_value_count' };
    case 'done':
      return value === 0 || value === 1 ? null : { key: 'target_value_done' };
    default:
      return null;
  }
}

/** The year lies inside the movement's years. */
export function checkYear(year: number, startYear: number, endYear: number): FieldProblem | null {
  return year >= startYear && year <= endYear
    ? null
    : { key: 'target_year_outside', params: { start: startYear, end: endYear } };
}
