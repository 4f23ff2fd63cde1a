/** Views of the register that the routes send (the list, detail and contribution shapes). */
import { abilities, type Actor } from '../policies/actor.ts';
import { projectPolicy, type ProjectSubject } from '../policies/projects.ts';
import { materialsValue, milestoneState, totalsOf } from '../domain/projects/index.ts';
import type {
  ContributionView,
  ProjectDetail,
  ProjectSummary,
} from '../../shared/contracts/projects.ts';
import type {
  FundingSource,
  KeyLevel,
  ProjectSector,
  ProjectStatus,
  ProjectType,
  ContributorKind,
} from '../../shared/projects.ts';
import type { ContributionRow, ProjectRow } from '../repositories/projects.ts';
import { rateOfProject, type Register } from './projects-register.ts';

/** The project's OC4IDS id: a stable prefix per tenant and the project's code. */
export const ocidOf = (prefix: string, code: string) => `${prefix}-${code}`;

export function presentSummary(reg: Register, p: ProjectRow, year: number): ProjectSummary {
  const name = (id: string) => ({ id, name: reg.names.get(id) ?? '' });
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    sector: p.sector as ProjectSector,
    type: p.type as ProjectType,
    status: p.status as ProjectStatus,
    keyLevel: p.keyLevel as KeyLevel | null,
    investor: name(p.investorUnitId),
    communes: (reg.communes.get(p.id) ?? []).map(name),
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    totalInvestment: p.totalInvestment,
    physicalProgress: p.physicalProgress,
    rate: rateOfProject(reg, p.id, year),
  };
}

export function presentContribution(c: ContributionRow): ContributionView {
  return {
    id: c.id,
    contributorKind: c.contributorKind as ContributorKind,
    contributorId: c.contributorId,
    contributorName: c.contributorName,
    projectId: c.projectId,
    communeUnitId: c.communeUnitId,
    givenOn: c.givenOn,
    landM2: c.landM2,
    labourDays: c.labourDays,
    money: c.money,
    materials: c.materials,
    materialsValue: materialsValue(c),
    confirmingUnitId: c.confirmingUnitId,
    legacyKind: c.legacyKind,
    note: c.note,
  };
}

export function presentDetail(
  reg: Register,
  p: ProjectRow,
  year: number,
  ocidPrefix: string,
  contributions: ContributionRow[],
  actor: Actor | null,
  subject: ProjectSubject,
): ProjectDetail {
  return {
    ...presentSummary(reg, p, year),
    ocid: ocidOf(ocidPrefix, p.code),
    statusSince: p.statusSince,
    actualStart: p.actualStart,
    actualEnd: p.actualEnd,
    fundingSources: p.fundingSources.map((f) => ({
      source: f.source as FundingSource,
      amount: f.amount,
    })),
    capacityMw: p.capacityMw,
    lat: p.lat,
    lng: p.lng,
    description: p.description,
    version: p.version,
    plans: reg.revisions
      .filter((r) => r.projectId === p.id)
      .map((r) => ({
        id: r.id,
        year: r.year,
        fundingSource: r.fundingSource,
        revision: r.revision,
        amount: r.amount,
        decisionNumber: r.decisionNumber,
        decidedOn: r.decidedOn,
        reason: r.reason,
        by: r.createdByName,
        at: r.createdAt.toISOString(),
      })),
    monthly: reg.months
      .filter((m) => m.projectId === p.id)
      .map((m) => ({
        year: m.year,
        month: m.month,
        fundingSource: m.fundingSource,
        amount: m.amount,
      })),
    milestones: reg.milestones
      .filter((m) => m.projectId === p.id)
      .map((m) => ({
        id: m.id,
        title: m.title,
        plannedOn: m.plannedOn,
        actualOn: m.actualOn,
        state: milestoneState(m.plannedOn, m.actualOn, reg.today),
        version: m.version,
      })),
    contributions: contributions.map(presentContribution),
    contributionTotals: totalsOf(contributions),
    abilities: actor
      ? abilities(projectPolicy, actor, subject)
      : Object.fromEntries(Object.keys(projectPolicy).map((k) => [k, false])),
  };
}
