/**
 * The register as a whole, loaded once per request: projects, their communes resolved as of
 * a date (the 2025 merger moves a project to the successor commune), plans, months and
 * milestones. Lists, rates, the public face and OC4IDS all read it.
 */
import type { Deps } from '../deps.ts';
import type { Executor } from '../db/client.ts';
import {
  isLate,
  milestoneState,
  rateOf,
  type MonthAmount,
  type PlanRevision,
  type Rate,
} from '../domain/projects/index.ts';
import * as repo from '../repositories/projects.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import type { FundingSource } from '../../shared/projects.ts';

export interface Register {
  asOf: string;
  today: string;
  projects: repo.ProjectRow[];
  /** Project id → commune ids as of `asOf`. */
  communes: Map<string, string[]>;
  revisions: (PlanRevision & repo.PlanRow)[];
  months: (MonthAmount & repo.DisbursementRow)[];
  milestones: repo.MilestoneRow[];
  names: Map<string, string>;
}

/** Each stored commune followed through mergers and splits effective by `asOf`. */
export async function communesAsOf(
  db: Executor,
  tenantId: string,
  ids: string[],
  asOf: string,
): Promise<Map<string, string[]>> {
  const out = new Map(ids.map((id) => [id, [id]]));
  for (let hop = 0; hop < 4; hop++) {
    const current = [...new Set([...out.values()].flat())];
    const next = await repo.successorsOn(db, tenantId, current, asOf);
    if (next.size === 0) break;
    for (const [id, list] of out)
      out.set(id, [...new Set(list.flatMap((u) => next.get(u) ?? [u]))]);
  }
  return out;
}

export async function loadRegister(
  deps: Deps,
  tenantId: string,
  asOf?: string,
  db: Executor = deps.db,
): Promise<Register> {
  const today = deps.today();
  const day = asOf ?? today;
  const projects = await repo.listProjects(db, tenantId);
  const links = await repo.communesOf(db, tenantId);
  const resolved = await communesAsOf(
    db,
    tenantId,
    [...new Set(links.map((l) => l.communeUnitId))],
    day,
  );
  const communes = new Map<string, string[]>();
  for (const l of links)
    communes.set(l.projectId, [
      ...new Set([...(communes.get(l.projectId) ?? []), ...(resolved.get(l.communeUnitId) ?? [])]),
    ]);
  const revisions = (await repo.plansOf(db, tenantId)).map((r) => ({
    ...r,
    fundingSource: r.fundingSource as FundingSource,
  }));
  const months = (await repo.monthsOf(db, tenantId)).map((m) => ({
    ...m,
    fundingSource: m.fundingSource as FundingSource,
  }));
  const milestones = await repo.milestonesOf(db, tenantId);
  const unitIds = new Set<string>();
  for (const p of projects) unitIds.add(p.investorUnitId);
  for (const list of communes.values()) for (const id of list) unitIds.add(id);
  const names = await unitNamesOn(db, tenantId, [...unitIds], day);
  return { asOf: day, today, projects, communes, revisions, months, milestones, names };
}

export const rateOfProject = (reg: Register, projectId: string, year: number): Rate =>
  rateOf(new Set([projectId]), year, reg.revisions, reg.months);

export const provinceRate = (reg: Register, year: number): Rate =>
  rateOf(null, year, reg.revisions, reg.months);

export function projectIsLate(reg: Register, p: repo.ProjectRow): boolean {
  const states = reg.milestones
    .filter((m) => m.projectId === p.id)
    .map((m) => milestoneState(m.plannedOn, m.actualOn, reg.today));
  return isLate(p, states, reg.today);
}
