import type { PeriodInput, PeriodPatchInput } from '../../shared/contracts/report-periods.ts';
import { conflict, invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { checkDates, checkPeriod, referenceDateOf } from '../domain/reports/periods.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { reportPeriodPolicy, type ReportPeriodSubject } from '../policies/reports.ts';
import * as repo from '../repositories/reports.ts';
import { findMovementByCode } from '../repositories/registrations.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';

/** A period with what its abilities are judged on (the presenter attaches them). */
export interface PeriodView {
  period: repo.ReportPeriodRow;
  today: string;
  subject: ReportPeriodSubject;
}

export async function loadPeriod(
  deps: Deps,
  tenantId: string,
  periodId: string,
): Promise<repo.ReportPeriodRow> {
  const period = await repo.findPeriod(deps.db, tenantId, periodId);
  if (!period) throw notFound();
  return period;
}

export async function getPeriod(deps: Deps, actor: Actor, periodId: string): Promise<PeriodView> {
  const period = await loadPeriod(deps, actor.tenantId, periodId);
  return {
    period,
    today: deps.today(),
    subject: { rootUnitId: await rootOf(deps.db, actor.tenantId) },
  };
}

/** Every period (of a year); they all belong to the root's office, so they share one subject. */
export async function listPeriods(deps: Deps, actor: Actor, year?: number) {
  return {
    periods: await repo.listPeriods(deps.db, actor.tenantId, year),
    today: deps.today(),
    subject: { rootUnitId: await rootOf(deps.db, actor.tenantId) },
  };
}

/** The emulation office opens a reporting period: one per movement, year and half. */
export async function createPeriod(deps: Deps, actor: Actor, input: PeriodInput) {
  authorize(reportPeriodPolicy, actor, 'create', {
    rootUnitId: await rootOf(deps.db, actor.tenantId),
  });
  const movement = await findMovementByCode(deps.db, actor.tenantId, input.movementCode);
  const shape = { ...input, half: input.kind === 'year' ? (input.half ?? 0) : (input.half ?? -1) };
  const problems: Record<string, FieldProblem> = checkPeriod(shape, movement ?? null);
  if (!movement) problems.movementCode = { key: 'not_found' };
  if (movement && !problems.half && !problems.year) {
    const existing = await repo.findPeriodByKey(deps.db, actor.tenantId, {
      movementId: movement.id,
      ...shape,
    });
    if (existing)
      problems[input.kind === 'half' ? 'half' : 'year'] = { key: 'report_period_exists' };
  }
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertPeriod(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      movementId: movement!.id,
      year: input.year,
      kind: input.kind,
      half: shape.half,
      referenceDate: referenceDateOf(shape),
      opensOn: input.opensOn,
      deadline: input.deadline,
      closesOn: input.closesOn,
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
      updatedBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'report_period.create',
      entityType: 'report_period',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return getPeriod(deps, actor, id);
}

/** The office moves a period's dates (e.g. extends the deadline); a stale version answers 409. */
export async function updatePeriod(
  deps: Deps,
  actor: Actor,
  periodId: string,
  input: PeriodPatchInput,
): Promise<PeriodView> {
  const period = await loadPeriod(deps, actor.tenantId, periodId);
  authorize(reportPeriodPolicy, actor, 'update', {
    rootUnitId: await rootOf(deps.db, actor.tenantId),
  });
  const dates = {
    opensOn: input.opensOn ?? period.opensOn,
    deadline: input.deadline ?? period.deadline,
    closesOn: input.closesOn ?? period.closesOn,
  };
  const problems = checkDates(dates);
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const after = await repo.updatePeriodVersioned(tx, actor.tenantId, period.id, input.version, {
      ...dates,
      updatedAt: at,
      updatedBy: actor.id,
    });
    if (!after) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'report_period.update',
      entityType: 'report_period',
      entityId: period.id,
      before: {
        opensOn: period.opensOn,
        deadline: period.deadline,
        closesOn: period.closesOn,
        version: period.version,
      },
      after,
    });
  });
  return getPeriod(deps, actor, periodId);
}
