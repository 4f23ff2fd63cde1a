/** Field problems of project records: pure checks, the services throw `invalid` with them. */
import type { FieldProblem } from '../../../shared/errors.ts';
import { smallHydropowerMaxMw, type FundingSource } from '../../../shared/projects.ts';
import { planOf, type MonthAmount, type PlanRevision } from './rates.ts';

export type Problems = Record<string, FieldProblem>;

export interface ProjectPeriod {
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

/** The project's period: from the earlier start to the later end. */
export function periodOf(p: ProjectPeriod): { from: string; to: string } {
  const from = p.actualStart && p.actualStart < p.plannedStart ? p.actualStart : p.plannedStart;
  const to = p.actualEnd && p.actualEnd > p.plannedEnd ? p.actualEnd : p.plannedEnd;
  return { from, to };
}

export interface ProjectCheck extends ProjectPeriod {
  sector: string;
  totalInvestment: number;
  fundingSources: readonly { source: string; amount: number }[];
  capacityMw: number | null;
}

export function projectProblems(p: ProjectCheck): Problems {
  const out: Problems = {};
  if (p.totalInvestment < 0) out.totalInvestment = { key: 'project_amount_negative' };
  if (p.plannedEnd < p.plannedStart) out.plannedEnd = { key: 'project_end_before_start' };
  if (p.actualStart && p.actualEnd && p.actualEnd < p.actualStart)
    out.actualEnd = { key: 'project_end_before_start' };
  p.fundingSources.forEach((f, i) => {
    if (f.amount < 0) out[`fundingSources.${i}.amount`] = { key: 'project_amount_negative' };
  });
  const funded = p.fundingSources.reduce((s, f) => s + f.amount, 0);
  if (funded > p.totalInvestment && !out.totalInvestment)
    out.fundingSources = { key: 'project_funding_above_total' };
  if (
    p.sector === 'small_hydropower' &&
    p.capacityMw !== null &&
    p.capacityMw > smallHydropowerMaxMw
  )
    out.capacityMw = { key: 'project_hydropower_too_large', params: { max: smallHydropowerMaxMw } };
  return out;
}

export function planProblems(
  project: ProjectPeriod,
  plan: { year: number; amount: number },
): Problems {
  const out: Problems = {};
  if (plan.amount < 0) out.amount = { key: 'project_amount_negative' };
  const { from, to } = periodOf(project);
  if (plan.year < Number(from.slice(0, 4)) || plan.year > Number(to.slice(0, 4)))
    out.year = {
      key: 'project_date_outside_period',
      params: { date: String(plan.year), from, to },
    };
  return out;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/**
 * A month's disbursement: not negative, within the project's period (by month), and the
 * year's total from this source (this month replacing what was there) not above the plan.
 */
export function disbursementProblems(
  project: ProjectPeriod & { id: string },
  entry: { year: number; month: number; fundingSource: FundingSource; amount: number },
  revisions: readonly PlanRevision[],
  months: readonly MonthAmount[],
): Problems {
  if (entry.amount < 0) return { amount: { key: 'project_amount_negative' } };
  const { from, to } = periodOf(project);
  const m = monthKey(entry.year, entry.month);
  if (m < from.slice(0, 7) || m > to.slice(0, 7))
    return {
      month: {
        key: 'project_month_outside_period',
        params: { month: entry.month, year: entry.year, from, to },
      },
    };
  const plan = planOf(revisions, project.id, entry.year, entry.fundingSource);
  const others = months
    .filter(
      (x) =>
        x.projectId === project.id &&
        x.year === entry.year &&
        x.fundingSource === entry.fundingSource &&
        x.month !== entry.month,
    )
    .reduce((s, x) => s + x.amount, 0);
  const disbursed = others + entry.amount;
  if (disbursed > plan)
    return {
      amount:
        plan === 0 && entry.amount > 0
          ? { key: 'project_no_plan', params: { year: entry.year } }
          : {
              key: 'project_disbursement_above_plan',
              params: {
                year: entry.year,
                disbursed: formatDong(disbursed),
                plan: formatDong(plan),
              },
            },
    };
  return {};
}

export function milestoneProblems(
  project: ProjectPeriod,
  m: { plannedOn: string; actualOn: string | null },
  today: string,
): Problems {
  const out: Problems = {};
  const { from, to } = periodOf(project);
  if (m.plannedOn < from || m.plannedOn > to)
    out.plannedOn = { key: 'project_date_outside_period', params: { date: m.plannedOn, from, to } };
  if (m.actualOn !== null && m.actualOn > today) out.actualOn = { key: 'project_future_date' };
  return out;
}

export interface ContributionCheck {
  givenOn: string;
  landM2: number;
  labourDays: number;
  money: number;
  materials: readonly { quantity: number; value: number }[];
}

export function contributionProblems(c: ContributionCheck, today: string): Problems {
  const out: Problems = {};
  if (c.landM2 < 0) out.landM2 = { key: 'project_quantity_negative' };
  if (c.labourDays < 0) out.labourDays = { key: 'project_quantity_negative' };
  if (c.money < 0) out.money = { key: 'project_amount_negative' };
  c.materials.forEach((m, i) => {
    if (m.quantity < 0) out[`materials.${i}.quantity`] = { key: 'project_quantity_negative' };
    if (m.value < 0) out[`materials.${i}.value`] = { key: 'project_amount_negative' };
  });
  if (c.givenOn > today) out.givenOn = { key: 'project_future_date' };
  const empty = c.landM2 === 0 && c.labourDays === 0 && c.money === 0 && c.materials.length === 0;
  if (empty && Object.keys(out).length === 0) out.landM2 = { key: 'project_contribution_empty' };
  return out;
}

/** 1234567 → "1.234.567" (Vietnamese grouping). */
export function formatDong(n: number): string {
  const s = Math.abs(Math.round(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${s}` : s;
}
