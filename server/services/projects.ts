/**
 * Public-investment projects (issue 13): the register, capital plans as revisions, monthly
 * disbursement, milestones, and the rates per project, investor and province.
 */

import type { Deps } from '../deps.ts';
import {
  disbursementProblems,
  milestoneProblems,
  planOf,
  planProblems,
  projectProblems,
  rateOf,
  type Problems,
} from '../domain/projects/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { mayCreateProject, projectPolicy, type ProjectSubject } from '../policies/projects.ts';
import { presentDetail, presentSummary } from './projects-views.ts';
import * as repo from '../repositories/projects.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { conflict, forbidden, invalid, notFound } from '../../shared/errors.ts';
import type { ProjectDetail, ProjectFields, RateView } from '../../shared/contracts/projects.ts';
import type { FundingSource, ProjectStatus } from '../../shared/projects.ts';
import type { z } from 'zod';
import type {
  disbursementBody,
  milestoneBody,
  planBody,
  projectListQuery,
  projectUpdateBody,
} from '../../shared/contracts/projects.ts';
import { auditActor, recordAudit } from './audit.ts';
import { loadRegister, projectIsLate, provinceRate, type Register } from './projects-register.ts';

type ListQuery = z.output<typeof projectListQuery>;

const yearOf = (deps: Deps, year?: number) => year ?? Number(deps.today().slice(0, 4));

/** The stable OC4IDS prefix of a tenant's projects. */
export async function ocidPrefix(deps: Deps, tenantId: string): Promise<string> {
  return `oc4ids-thidua-${await repo.tenantCode(deps.db, tenantId)}`;
}

function fail(problems: Problems) {
  if (Object.keys(problems).length) throw invalid(problems);
}

async function subjectOf(deps: Deps, tenantId: string, p: { investorUnitId: string }) {
  return { rootUnitId: await rootOf(deps.db, tenantId), investorUnitId: p.investorUnitId };
}

async function loadProject(deps: Deps, tenantId: string, id: string) {
  const p = await repo.findProject(deps.db, tenantId, id);
  if (!p) throw notFound();
  return p;
}

/** Units named by the body must exist today (communes as of today's tree). */
async function checkUnits(
  deps: Deps,
  tenantId: string,
  f: Pick<ProjectFields, 'investorUnitId' | 'communeUnitIds'>,
) {
  const ids = [f.investorUnitId, ...f.communeUnitIds];
  const found = await repo.unitsExistingOn(deps.db, tenantId, ids, deps.today());
  const out: Problems = {};
  if (!found.has(f.investorUnitId)) out.investorUnitId = { key: 'project_unit_unknown' };
  f.communeUnitIds.forEach((id, i) => {
    if (!found.has(id)) out[`communeUnitIds.${i}`] = { key: 'project_unit_unknown' };
  });
  return out;
}

const row = (f: Omit<ProjectFields, 'code' | 'communeUnitIds'>, today: string) => ({
  name: f.name,
  sector: f.sector,
  type: f.type,
  investorUnitId: f.investorUnitId,
  keyLevel: f.keyLevel,
  status: f.status,
  statusSince: f.statusSince ?? today,
  plannedStart: f.plannedStart,
  plannedEnd: f.plannedEnd,
  actualStart: f.actualStart,
  actualEnd: f.actualEnd,
  totalInvestment: f.totalInvestment,
  fundingSources: f.fundingSources,
  physicalProgress: f.physicalProgress,
  capacityMw: f.capacityMw,
  lat: f.lat,
  lng: f.lng,
  description: f.description,
});

export async function createProject(deps: Deps, actor: Actor, f: ProjectFields) {
  const subject = await subjectOf(deps, actor.tenantId, f);
  if (!mayCreateProject(actor, subject)) throw forbidden();
  fail({ ...projectProblems(f), ...(await checkUnits(deps, actor.tenantId, f)) });
  const at = deps.clock();
  const id = deps.newId();
  await deps.db.transaction(async (tx) => {
    if (await repo.findProjectByCode(tx, actor.tenantId, f.code))
      throw invalid({ code: { key: 'project_code_taken' } });
    const created = await repo.insertProject(tx, {
      id,
      tenantId: actor.tenantId,
      code: f.code,
      ...row(f, deps.today()),
      createdBy: actor.id,
      createdAt: at,
      updatedAt: at,
    });
    await repo.replaceCommunes(tx, actor.tenantId, id, [...new Set(f.communeUnitIds)]);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'project.create',
      entityType: 'project',
      entityId: id,
      after: { ...created, communeUnitIds: f.communeUnitIds },
    });
  });
  return id;
}

export async function updateProject(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.output<typeof projectUpdateBody>,
) {
  const before = await loadProject(deps, actor.tenantId, id);
  authorize(projectPolicy, actor, 'update', await subjectOf(deps, actor.tenantId, before));
  if (input.investorUnitId !== before.investorUnitId) {
    const next = await subjectOf(deps, actor.tenantId, input);
    if (!mayCreateProject(actor, next)) throw forbidden();
  }
  fail({ ...projectProblems(input), ...(await checkUnits(deps, actor.tenantId, input)) });
  const at = deps.clock();
  const changes = {
    ...row(input, before.status === input.status ? before.statusSince : deps.today()),
    ...(input.statusSince ? { statusSince: input.statusSince } : {}),
    updatedAt: at,
  };
  await deps.db.transaction(async (tx) => {
    const after = await repo.updateProjectVersioned(tx, actor.tenantId, id, input.version, changes);
    if (!after) throw conflict();
    await repo.replaceCommunes(tx, actor.tenantId, id, [...new Set(input.communeUnitIds)]);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'project.update',
      entityType: 'project',
      entityId: id,
      before,
      after: { ...after, communeUnitIds: input.communeUnitIds },
    });
  });
}

/** A plan adjustment: the next revision, never an overwrite; audited with old and new amount. */
export async function setPlan(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.output<typeof planBody>,
) {
  const p = await loadProject(deps, actor.tenantId, projectId);
  authorize(projectPolicy, actor, 'plan', await subjectOf(deps, actor.tenantId, p));
  fail(planProblems(p, input));
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    await repo.lockMoney(tx, actor.tenantId);
    const revisions = (await repo.plansOf(tx, actor.tenantId, projectId)).filter(
      (r) => r.year === input.year && r.fundingSource === input.fundingSource,
    );
    const last = revisions.at(-1);
    const id = deps.newId();
    await repo.insertPlan(tx, {
      id,
      tenantId: actor.tenantId,
      projectId,
      year: input.year,
      fundingSource: input.fundingSource,
      revision: (last?.revision ?? 0) + 1,
      amount: input.amount,
      decisionNumber: input.decisionNumber,
      decidedOn: input.decidedOn,
      reason: input.reason,
      createdBy: actor.id,
      createdByName: actor.fullName || actor.username,
      createdAt: at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: last ? 'project.plan_adjust' : 'project.plan_set',
      entityType: 'capital_plan',
      entityId: id,
      ...(last
        ? {
            before: {
              amount: last.amount,
              revision: last.revision,
              decisionNumber: last.decisionNumber,
            },
          }
        : {}),
      after: {
        projectId,
        year: input.year,
        fundingSource: input.fundingSource,
        amount: input.amount,
        revision: (last?.revision ?? 0) + 1,
        decisionNumber: input.decisionNumber,
        reason: input.reason,
      },
    });
  });
}

/** One month's figure entered by hand; the same checks as the Treasury import. */
export async function setDisbursement(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.output<typeof disbursementBody>,
) {
  const p = await loadProject(deps, actor.tenantId, projectId);
  authorize(projectPolicy, actor, 'disburse', await subjectOf(deps, actor.tenantId, p));
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    await repo.lockMoney(tx, actor.tenantId);
    const revisions = (await repo.plansOf(tx, actor.tenantId, projectId)).map((r) => ({
      ...r,
      fundingSource: r.fundingSource as FundingSource,
    }));
    const months = (await repo.monthsOf(tx, actor.tenantId, projectId)).map((m) => ({
      ...m,
      fundingSource: m.fundingSource as FundingSource,
    }));
    fail(disbursementProblems(p, input, revisions, months));
    const previous = await repo.upsertMonth(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      projectId,
      ...input,
      origin: 'manual',
      updatedBy: actor.id,
      updatedAt: at,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'project.disbursement',
      entityType: 'project',
      entityId: projectId,
      ...(previous !== null ? { before: { ...input, amount: previous } } : {}),
      after: input,
    });
  });
}

export async function addMilestone(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.output<typeof milestoneBody>,
) {
  const p = await loadProject(deps, actor.tenantId, projectId);
  authorize(projectPolicy, actor, 'milestone', await subjectOf(deps, actor.tenantId, p));
  fail(milestoneProblems(p, input, deps.today()));
  const at = deps.clock();
  const id = deps.newId();
  await deps.db.transaction(async (tx) => {
    const created = await repo.insertMilestone(tx, {
      id,
      tenantId: actor.tenantId,
      projectId,
      ...input,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'project.milestone_add',
      entityType: 'project_milestone',
      entityId: id,
      after: created,
    });
  });
  return id;
}

export async function updateMilestone(
  deps: Deps,
  actor: Actor,
  projectId: string,
  milestoneId: string,
  input: z.output<typeof milestoneBody> & { version: number },
) {
  const p = await loadProject(deps, actor.tenantId, projectId);
  const before = await repo.findMilestone(deps.db, actor.tenantId, milestoneId);
  if (!before || before.projectId !== projectId) throw notFound();
  authorize(projectPolicy, actor, 'milestone', await subjectOf(deps, actor.tenantId, p));
  fail(milestoneProblems(p, input, deps.today()));
  const at = deps.clock();
  const { version, ...changes } = input;
  await deps.db.transaction(async (tx) => {
    const after = await repo.updateMilestoneVersioned(
      tx,
      actor.tenantId,
      milestoneId,
      version,
      changes,
    );
    if (!after) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'project.milestone_update',
      entityType: 'project_milestone',
      entityId: milestoneId,
      before,
      after,
    });
  });
}

function matches(reg: Register, p: repo.ProjectRow, q: ListQuery): boolean {
  if (q.sector && p.sector !== q.sector) return false;
  if (q.status && p.status !== q.status) return false;
  if (q.investorUnitId && p.investorUnitId !== q.investorUnitId) return false;
  if (q.communeUnitId && !(reg.communes.get(p.id) ?? []).includes(q.communeUnitId)) return false;
  if (q.q) {
    const needle = q.q.toLocaleLowerCase('vi');
    if (!`${p.code} ${p.name}`.toLocaleLowerCase('vi').includes(needle)) return false;
  }
  return true;
}

/** The register with filters, counts by status and sector, and the province's rate. */
export async function listProjects(deps: Deps, tenantId: string, q: ListQuery) {
  const year = yearOf(deps, q.year);
  const reg = await loadRegister(deps, tenantId, q.asOf);
  const chosen = reg.projects.filter((p) => matches(reg, p, q));
  const count = (key: (p: repo.ProjectRow) => string) => {
    const out: Record<string, number> = {};
    for (const p of chosen) out[key(p)] = (out[key(p)] ?? 0) + 1;
    return out;
  };
  return {
    year,
    asOf: reg.asOf,
    projects: chosen.map((p) => presentSummary(reg, p, year)),
    counts: {
      total: chosen.length,
      byStatus: count((p) => p.status),
      bySector: count((p) => p.sector),
    },
    province: provinceRate(reg, year),
  };
}

export async function projectDetail(
  deps: Deps,
  tenantId: string,
  id: string,
  actor: Actor | null,
  opts: { year?: number | undefined; asOf?: string | undefined } = {},
): Promise<ProjectDetail> {
  const reg = await loadRegister(deps, tenantId, opts.asOf);
  const p = reg.projects.find((x) => x.id === id);
  if (!p) throw notFound();
  const contributions = await repo.contributionsWhere(deps.db, tenantId, { projectId: id });
  const subject: ProjectSubject = await subjectOf(deps, tenantId, p);
  return presentDetail(
    reg,
    p,
    yearOf(deps, opts.year),
    await ocidPrefix(deps, tenantId),
    contributions,
    actor,
    subject,
  );
}

/** Rates by investor for a year, with each investor's late projects. */
export async function investorRates(deps: Deps, tenantId: string, year?: number) {
  const y = yearOf(deps, year);
  const reg = await loadRegister(deps, tenantId);
  const byInvestor = new Map<string, repo.ProjectRow[]>();
  for (const p of reg.projects)
    byInvestor.set(p.investorUnitId, [...(byInvestor.get(p.investorUnitId) ?? []), p]);
  return {
    year: y,
    province: provinceRate(reg, y),
    investors: [...byInvestor].map(([unitId, list]) => ({
      investor: { id: unitId, name: reg.names.get(unitId) ?? '' },
      rate: rateOf(new Set(list.map((p) => p.id)), y, reg.revisions, reg.months),
      lateProjects: list.filter((p) => projectIsLate(reg, p)).length,
    })),
  };
}

/** The province's disbursement rate of a year: the actual of its disbursement target. */
export async function provinceDisbursementRate(
  deps: Deps,
  tenantId: string,
  year: number,
): Promise<RateView> {
  return provinceRate(await loadRegister(deps, tenantId), year);
}

/**
 * Values the register suggests for the criteria of a unit's report of `year`, each with its
 * source: the unit's disbursement rate as investor (A-INF-6), its on-time completion, and the
 * small hydropower plants, markets and supermarkets in operation (the targets' counts).
 */
export async function infrastructureSuggestions(
  deps: Deps,
  tenantId: string,
  unitId: string,
  year: number,
) {
  const reg = await loadRegister(deps, tenantId, `${year}-12-31`);
  const own = reg.projects.filter((p) => p.investorUnitId === unitId);
  const rate = rateOf(new Set(own.map((p) => p.id)), year, reg.revisions, reg.months);
  const due = own.filter((p) => p.plannedEnd.slice(0, 4) === String(year));
  const onTime = due.filter((p) => p.actualEnd !== null && p.actualEnd <= p.plannedEnd).length;
  const inOperation = (sector: string) =>
    reg.projects.filter(
      (p) =>
        p.sector === sector &&
        (p.status as ProjectStatus) === 'operation',
    ).length;
  const planned = planTotal(reg, own, year);
  return [
    {
      criterionCode: 'A-INF-6',
      value: rate.rate,
      source: {
        vi: `Danh mục dự án đầu tư công: giải ngân ${rate.disbursed} đ / kế hoạch vốn năm ${year} ${planned} đ (${own.length} dự án làm chủ đầu tư).`,
        en: `Public-investment register: disbursed ${rate.disbursed} đ of ${year}'s capital plan ${planned} đ (${own.length} projects as investor).`,
      },
    },
    {
      criterionCode: 'A-INF-ON-TIME',
      value: due.length ? Math.round((onTime / due.length) * 10000) / 100 : null,
      source: {
        vi: `Danh mục dự án: ${onTime}/${due.length} dự án đến hạn năm ${year} hoàn thành đúng hạn.`,
        en: `Project register: ${onTime} of ${due.length} projects due in ${year} completed on time.`,
      },
    },
    ...(
      [
        ['T-SMALL-HYDRO', 'small_hydropower', 'nhà máy thủy điện nhỏ', 'small hydropower plants'],
        ['T-MARKETS', 'market', 'chợ', 'markets'],
        ['T-SUPERMARKETS', 'supermarket', 'siêu thị', 'supermarkets'],
      ] as const
    ).map(([code, sector, vi, en]) => ({
      criterionCode: code,
      value: inOperation(sector),
      source: {
        vi: `Danh mục dự án: số ${vi} đang vận hành.`,
        en: `Project register: ${en} in operation.`,
      },
    })),
  ];
}

function planTotal(reg: Register, list: repo.ProjectRow[], year: number) {
  return list.reduce((s, p) => s + planOf(reg.revisions, p.id, year), 0);
}
