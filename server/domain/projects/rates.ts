/** Capital plans in force and disbursement rates: pure functions, no clock, no I/O. */
import type { FundingSource } from '../../../shared/projects.ts';

export interface PlanRevision {
  projectId: string;
  year: number;
  fundingSource: FundingSource;
  revision: number;
  amount: number;
}

export interface MonthAmount {
  projectId: string;
  year: number;
  month: number;
  fundingSource: FundingSource;
  amount: number;
}

export interface Rate {
  year: number;
  plan: number;
  disbursed: number;
  /** disbursed / plan in percent (two decimals), null when there is no plan. */
  rate: number | null;
}

const key = (p: { projectId: string; year: number; fundingSource: string }) =>
  `${p.projectId}|${p.year}|${p.fundingSource}`;

/** The revision in force of each (project, year, source): the highest one. */
export function plansInForce<T extends PlanRevision>(revisions: readonly T[]): T[] {
  const best = new Map<string, T>();
  for (const r of revisions) {
    const k = key(r);
    const seen = best.get(k);
    if (!seen || r.revision > seen.revision) best.set(k, r);
  }
  return [...best.values()];
}

/** The year's plan of one project and source (in force), 0 without one. */
export function planOf(
  revisions: readonly PlanRevision[],
  projectId: string,
  year: number,
  fundingSource?: FundingSource,
): number {
  return plansInForce(revisions)
    .filter(
      (r) =>
        r.projectId === projectId &&
        r.year === year &&
        (fundingSource === undefined || r.fundingSource === fundingSource),
    )
    .reduce((s, r) => s + r.amount, 0);
}

export function ratePercent(plan: number, disbursed: number): number | null {
  if (plan <= 0) return null;
  return Math.round((disbursed / plan) * 10000) / 100;
}

/**
 * The rate of a set of projects against *that year's* plan: the plans in force for `year`
 * and the disbursement of `year`'s months only.
 */
export function rateOf(
  projectIds: ReadonlySet<string> | null,
  year: number,
  revisions: readonly PlanRevision[],
  months: readonly MonthAmount[],
): Rate {
  const inSet = (id: string) => projectIds === null || projectIds.has(id);
  const plan = plansInForce(revisions)
    .filter((r) => r.year === year && inSet(r.projectId))
    .reduce((s, r) => s + r.amount, 0);
  const disbursed = months
    .filter((m) => m.year === year && inSet(m.projectId))
    .reduce((s, m) => s + m.amount, 0);
  return { year, plan, disbursed, rate: ratePercent(plan, disbursed) };
}
