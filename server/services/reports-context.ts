import { compareUnits } from '../../shared/collation.ts';
import type { ReportStatus } from '../../shared/contracts/reports.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import { reportingUnitKinds } from '../domain/reports/form.ts';
import { startDateOf } from '../domain/reports/periods.ts';
import { transition, type ReportAction, type WorkflowContext } from '../domain/reports/workflow.ts';
import type { Actor } from '../policies/actor.ts';
import { reportPolicy, workflowError, type ReportSubject } from '../policies/reports.ts';
import { cachedValue } from './answer-cache.ts';
import * as criteriaRepo from '../repositories/criteria.ts';
import * as units from '../repositories/report-units.ts';
import * as repo from '../repositories/reports.ts';
import { rootOf } from '../repositories/unit-names.ts';

/** The criteria version a report is judged by. */
export interface CriteriaRef {
  setId: string;
  code: string;
  name: { vi: string; en: string };
  number: number;
  content: CriteriaContent;
}

/**
 * Which criteria version judges each unit in a period (ADR 0013): the one its report was
 * started with, else the one it registered for the year, else the newest published version
 * of the units-and-localities set. Loads each version once per request.
 */
export class CriteriaResolver {
  private readonly versions = new Map<string, Promise<CriteriaRef | undefined>>();
  private choices?: ReturnType<typeof units.registrationChoices>;
  private fallback?: ReturnType<typeof units.defaultVersion>;

  constructor(
    private readonly deps: Deps,
    private readonly tenantId: string,
    private readonly period: Pick<repo.ReportPeriodRow, 'movementId' | 'year'>,
  ) {}

  version(setId: string, number: number): Promise<CriteriaRef | undefined> {
    const key = `${setId}#${number}`;
    let found = this.versions.get(key);
    if (!found) {
      // Kept per process until the plan's criteria change (ADR 0051): every report of a period
      // is judged by one or two versions, read once instead of twice per request.
      found = cachedValue(this.deps, this.tenantId, 'plan.criteria', key, '', async () => {
        const set = await criteriaRepo.findSet(this.deps.db, this.tenantId, setId);
        const v =
          set && (await criteriaRepo.findVersion(this.deps.db, this.tenantId, setId, number));
        if (!set || !v) return undefined;
        const name = { vi: set.nameVi, en: set.nameEn };
        return { setId, code: set.code, name, number, content: v.content as CriteriaContent };
      });
      this.versions.set(key, found);
    }
    return found;
  }

  /** The default version (units without a registration); undefined when none is published. */
  async defaultVersion(): Promise<CriteriaRef | undefined> {
    this.fallback ??= units.defaultVersion(this.deps.db, this.tenantId, this.period.movementId);
    const d = await this.fallback;
    return d && this.version(d.setId, d.number);
  }

  async forUnit(
    unitId: string,
    row?: Pick<repo.ReportRow, 'criteriaSetId' | 'criteriaVersion'>,
  ): Promise<{ criteria: CriteriaRef; committed: Record<string, number> }> {
    this.choices ??= units.registrationChoices(
      this.deps.db,
      this.tenantId,
      this.period.movementId,
      this.period.year,
    );
    const registered = (await this.choices).get(unitId);
    const committed =
      (registered?.commitments as { values?: Record<string, number> } | undefined)?.values ?? {};
    const chosen = row
      ? await this.version(row.criteriaSetId, row.criteriaVersion)
      : registered
        ? await this.version(registered.criteriaSetId, registered.criteriaVersion)
        : await this.defaultVersion();
    if (!chosen) throw new AppError(409, 'report_no_criteria');
    return { criteria: chosen, committed };
  }
}

/** A unit's report in a period with everything its page and its abilities need. */
export interface ReportView {
  period: repo.ReportPeriodRow;
  unit: units.ReportUnit;
  row: repo.ReportRow | undefined;
  criteria: CriteriaRef;
  committed: Record<string, number>;
  evidence: (repo.EvidenceRow & { uploadedByName: string })[];
  reviews: repo.ReviewRow[];
  firstSubmittedAt: Date | null;
  subject: ReportSubject;
  /** The configured size limit of one evidence file, for the form to say before an upload. */
  evidenceMaxMb: number;
}

export const periodRange = (p: repo.ReportPeriodRow) => ({
  from: startDateOf({ year: p.year, kind: p.kind, half: p.half }),
  to: p.referenceDate,
});

/** The units that report in a period (every one when `only` is omitted), by kind then Vietnamese name. */
export const reportingUnits = async (
  deps: Deps,
  tenantId: string,
  period: repo.ReportPeriodRow,
  only?: units.UnitFilter,
) =>
  (
    await units.unitsInPeriod(deps.db, tenantId, periodRange(period), reportingUnitKinds, only)
  ).sort(compareUnits);

export function subjectOf(
  deps: Deps,
  rootUnitId: string,
  period: repo.ReportPeriodRow,
  unit: Pick<units.ReportUnit, 'id' | 'parentId'>,
  status: ReportStatus | null,
  submittedBy: string | null = null,
): ReportSubject {
  return {
    rootUnitId,
    unitId: unit.id,
    parentId: unit.parentId,
    status,
    submittedBy,
    today: deps.today(),
    opensOn: period.opensOn,
    closesOn: period.closesOn,
  };
}

/** Loads a unit's report; NotFound when the unit does not report in the period or the actor may not read it. */
export async function loadReport(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitId: string,
  period?: repo.ReportPeriodRow,
): Promise<ReportView> {
  const p = period ?? (await repo.findPeriod(deps.db, actor.tenantId, periodId));
  if (!p) throw notFound();
  const [unit] = await reportingUnits(deps, actor.tenantId, p, { ids: [unitId] });
  if (!unit) throw notFound();
  const row = await repo.findReport(deps.db, actor.tenantId, p.id, unitId);
  const subject = subjectOf(
    deps,
    await rootOf(deps.db, actor.tenantId),
    p,
    unit,
    row?.status ?? null,
    row?.submittedBy ?? null,
  );
  if (!reportPolicy.read(actor, subject)) throw notFound();
  const { criteria, committed } = await new CriteriaResolver(deps, actor.tenantId, p).forUnit(
    unitId,
    row,
  );
  const evidence = row ? await repo.evidenceOf(deps.db, actor.tenantId, [row.id]) : [];
  const reviews = row ? await repo.reviewsOf(deps.db, actor.tenantId, row.id) : [];
  const first = row
    ? await repo.firstSubmissions(deps.db, actor.tenantId, [row.id])
    : new Map<string, Date>();
  return {
    period: p,
    unit,
    row,
    criteria,
    committed,
    evidence,
    reviews,
    firstSubmittedAt: (row && first.get(row.id)) ?? null,
    subject,
    evidenceMaxMb: Math.round(deps.config.evidenceMaxBytes / 1024 / 1024),
  };
}

/** The period's dates and today, as the workflow judges a step. */
export const workflowContext = (deps: Deps, period: repo.ReportPeriodRow): WorkflowContext => ({
  today: deps.today(),
  opensOn: period.opensOn,
  closesOn: period.closesOn,
});

/**
 * The status a report moves to when `action` is taken from `status` (null: no report yet),
 * as the workflow's table says; 409 with its reason when the step is not allowed now. Every
 * write of a report's status takes it from here, read inside the write's transaction.
 */
export function nextStatus(
  status: ReportStatus | null,
  action: ReportAction,
  ctx: WorkflowContext,
): ReportStatus {
  const step = transition(status, action, ctx);
  if (!step.ok) throw workflowError(step.error, ctx.opensOn);
  return step.status;
}
