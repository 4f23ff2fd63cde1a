import type { PeriodKind } from '../../../shared/contracts/report-periods.ts';
import type { FieldProblem } from '../../../shared/errors.ts';

export interface PeriodShape {
  year: number;
  kind: PeriodKind;
  /** 0 for a yearly period, 1 or 2 for a half. */
  half: number;
}

export interface PeriodDates {
  opensOn: string;
  deadline: string;
  closesOn: string;
}

/** The period's last day: the roll-up reads the unit tree as of this day. */
export function referenceDateOf(p: PeriodShape): string {
  return p.kind === 'half' && p.half === 1 ? `${p.year}-06-30` : `${p.year}-12-31`;
}

/** The period's first day: a unit that existed on any day from here to the reference date may report. */
export function startDateOf(p: PeriodShape): string {
  return p.kind === 'half' && p.half === 2 ? `${p.year}-07-01` : `${p.year}-01-01`;
}

/** How users name the period, in both languages. */
export function periodLabel(p: PeriodShape): { vi: string; en: string } {
  if (p.kind === 'year') return { vi: `Năm ${p.year}`, en: `Year ${p.year}` };
  return p.half === 1
    ? { vi: `6 tháng đầu năm ${p.year}`, en: `First half of ${p.year}` }
    : { vi: `6 tháng cuối năm ${p.year}`, en: `Second half of ${p.year}` };
}

/** Stable text key of a period in a workbook ("MOVEMENT:2026" or "MOVEMENT:2026-H1"). */
export function periodCode(movementCode: string, p: PeriodShape): string {
  return `${movementCode}:${p.year}${p.kind === 'half' ? `-H${p.half}` : ''}`;
}

/** After `closesOn` nothing in the period changes (derived, no job). */
export const isLocked = (today: string, closesOn: string) => today > closesOn;

/**
 * Field problems of a period's shape and dates: a half needs 1 or 2, a year none; the
 * year lies inside the movement; `opensOn ≤ deadline ≤ closesOn`.
 */
export function checkPeriod(
  p: PeriodShape & PeriodDates,
  movement: { startYear: number; endYear: number } | null,
): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  if (p.kind === 'half' && p.half !== 1 && p.half !== 2) out.half = { key: 'report_period_half' };
  if (p.kind === 'year' && p.half !== 0) out.half = { key: 'report_period_half_for_year' };
  if (movement && (p.year < movement.startYear || p.year > movement.endYear))
    out.year = {
      key: 'target_year_outside',
      params: { start: movement.startYear, end: movement.endYear },
    };
  Object.assign(out, checkDates(p));
  return out;
}

/** Only the order of the three dates; used when the office moves them. */
export function checkDates(p: PeriodDates): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  if (p.deadline < p.opensOn)
    out.deadline = { key: 'report_deadline_before_open', params: { opensOn: p.opensOn } };
  if (p.closesOn < p.deadline)
    out.closesOn = { key: 'report_close_before_deadline', params: { deadline: p.deadline } };
  return out;
}
