/** Status and trend of a province target: pure functions of its values, no clock, no I/O. */

import type {
  Comparator,
  Direction,
  TargetStatus,
  Trend,
} from '../../../shared/contracts/targets.ts';

export type { Comparator, Direction, TargetStatus, Trend };

export interface YearValue {
  year: number;
  value: number;
}
export interface TargetValue extends YearValue {
  comparator: Comparator;
}

export interface StatusInput {
  direction: Direction;
  baseline: { year: number | null; value: number | null };
  targets: TargetValue[];
  /** The latest actual (by year), or null when nothing was entered yet. */
  latest: YearValue | null;
  evaluationYear: number;
}

/** Relative band around the trajectory inside which a target is "at risk" rather than "off track". */
export const AT_RISK_BAND = 0.05;
/** Relative tolerance for "≈" targets (80% ≈ 76–84%). */
export const APPROX_TOLERANCE = 0.05;
/** Relative tolerance for "=" on a non-binary target (rounding). */
const EQUAL_EPSILON = 1e-9;

const band = (target: number, rel: number) => Math.max(Math.abs(target) * rel, rel);

/**
 * The actual meets the target value as the plan phrases it. "=" on a higher/lower target
 * (a yes/no target: 1 = done) reads as "at least"/"at most", so doing more never unmeets it.
 */
export function meets(
  actual: number,
  t: Pick<TargetValue, 'value' | 'comparator'>,
  direction: Direction = 'target',
): boolean {
  switch (t.comparator) {
    case '≥':
      return actual >= t.value;
    case '>':
      return actual > t.value;
    case '≤':
      return actual <= t.value;
    case '<':
      return actual < t.value;
    case '≈':
      return Math.abs(actual - t.value) <= band(t.value, APPROX_TOLERANCE);
    case '=':
      if (direction === 'higher') return actual >= t.value - EQUAL_EPSILON;
      if (direction === 'lower') return actual <= t.value + EQUAL_EPSILON;
      return Math.abs(actual - t.value) <= EQUAL_EPSILON;
  }
}

/**
 * Which way is better. The comparator wins over the stored direction where they
 * disagree (≥ is always "higher is better"); ≈ and = mean "close to the value".
 */
export function effectiveDirection(direction: Direction, comparator: Comparator): Direction {
  if (comparator === '≥' || comparator === '>') return 'higher';
  if (comparator === '≤' || comparator === '<') return 'lower';
  return comparator === '=' ? direction : 'target';
}

/**
 * Goodness of `actual` against `expected` in the target's sense: positive is better than
 * expected, negative worse. For "target" direction it compares distances to the goal, so a
 * value closer to the goal is always better.
 */
export function gap(direction: Direction, actual: number, expected: number, goal: number): number {
  if (direction === 'higher') return actual - expected;
  if (direction === 'lower') return expected - actual;
  return Math.abs(expected - goal) - Math.abs(actual - goal);
}

/** `a` is at least as good as `b` for a target of this direction and goal. */
export function atLeastAsGood(direction: Direction, goal: number, a: number, b: number): boolean {
  return gap(direction, a, b, goal) >= 0;
}

/** The target value that governs `year`: the first one due in or after it, else the last. */
export function governingTarget(targets: TargetValue[], year: number): TargetValue | undefined {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year >= year) ?? sorted[sorted.length - 1];
}

/**
 * Where the line from the baseline (or the previous target value) to `next` stands in `year`.
 * Without a start point the trajectory is the target value itself (a flat line).
 */
export function trajectoryValue(
  baseline: { year: number | null; value: number | null },
  targets: TargetValue[],
  next: TargetValue,
  year: number,
): number {
  const earlier = targets
    .filter((t) => t.year < next.year)
    .sort((a, b) => b.year - a.year)
    .at(0);
  const start =
    earlier ?? (baseline.year !== null && baseline.value !== null ? baseline : undefined);
  if (!start || start.year === null || start.value === null) return next.value;
  if (year >= next.year || next.year <= start.year) return next.value;
  if (year <= start.year) return start.value;
  const share = (year - start.year) / (next.year - start.year);
  return start.value + share * (next.value - start.value);
}

/**
 * Status of a target in `evaluationYear` from its latest actual.
 *
 * - `no_data`: nothing entered yet.
 * - `achieved`: the latest actual meets the target value (as the comparator phrases it)
 *   that governs the actual's year — the first target due in or after it, else the last.
 *   Nothing else is ever `achieved`.
 * - `on_track`: not met yet, but at least as good as the trajectory for the actual's year.
 *   The trajectory runs linearly from the baseline (or the previous target value) to the
 *   governing target; without either it is the target value itself, so without a baseline
 *   an unmet target is never on track and a near miss reads `at_risk`.
 * - `at_risk`: worse than the trajectory by at most 5% of the trajectory value
 *   ({@link AT_RISK_BAND}; at least 0.05 in absolute terms, so a 0 target has a band).
 * - `off_track`: worse than that, or a due date passed with the target unmet: the actual's
 *   own year is the due year (or later), or the governing target fell due before
 *   `evaluationYear` and no newer actual was entered.
 */
export function targetStatus(input: StatusInput): TargetStatus {
  const { latest, targets } = input;
  if (!latest) return 'no_data';
  const next = governingTarget(targets, latest.year);
  if (!next) return 'no_data';
  const direction = effectiveDirection(input.direction, next.comparator);
  if (meets(latest.value, next, direction)) return 'achieved';
  // A due date has passed with the target unmet: the last word is off track.
  if (latest.year >= next.year || next.year < input.evaluationYear) return 'off_track';
  const expected = trajectoryValue(input.baseline, targets, next, latest.year);
  const g = gap(direction, latest.value, expected, next.value);
  // ≈ targets count as on track while inside their tolerance around the trajectory.
  const tolerance = next.comparator === '≈' ? band(expected, APPROX_TOLERANCE) : 0;
  if (g >= -tolerance && expected !== next.value) return 'on_track';
  if (g >= -tolerance - band(expected, AT_RISK_BAND)) return 'at_risk';
  return 'off_track';
}

/**
 * Trend from the last two actuals (by year): `improving` when the latest is better in the
 * target's sense by more than 0.5% of the earlier value, `worsening` when worse by that
 * much, else `steady`. Null with fewer than two actuals.
 */
export function targetTrend(
  direction: Direction,
  targets: TargetValue[],
  actuals: YearValue[],
): Trend | null {
  const sorted = [...actuals].sort((a, b) => a.year - b.year);
  if (sorted.length < 2) return null;
  const prev = sorted[sorted.length - 2]!;
  const last = sorted[sorted.length - 1]!;
  const next = governingTarget(targets, last.year);
  const dir = next ? effectiveDirection(direction, next.comparator) : direction;
  const goal = next?.value ?? 0;
  const score = (v: number) => gap(dir, v, goal, goal);
  const delta = score(last.value) - score(prev.value);
  const threshold = band(prev.value, 0.005);
  if (delta > threshold) return 'improving';
  if (delta < -threshold) return 'worsening';
  return 'steady';
}

/** The latest actual by year, or null. */
export function latestActual<T extends YearValue>(actuals: T[]): T | null {
  return actuals.reduce<T | null>((best, a) => (!best || a.year > best.year ? a : best), null);
}
