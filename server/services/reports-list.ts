import type { ReportStatus } from '../../shared/contracts/reports.ts';
import type { Deps } from '../deps.ts';
import { isOffice, type Actor } from '../policies/actor.ts';
import { reviews, type ReportSubject } from '../policies/reports.ts';
import type { ReportUnit } from '../repositories/report-units.ts';
import * as repo from '../repositories/reports.ts';
import type { ListScope } from '../repositories/scope.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { reportingUnits, subjectOf } from './reports-context.ts';
import { loadPeriod } from './reports-periods.ts';

/** A report (or its absence) in a list: enough for a task list row and its buttons. */
export interface ReportSummaryView {
  period: repo.ReportPeriodRow;
  unit: ReportUnit;
  row: repo.ReportRow | undefined;
  firstSubmittedAt: Date | null;
  subject: ReportSubject;
}

/**
 * The actor's reports in a period: `mine`, the units where it is head or officer (whether
 * they started or not), and `reviewable`, the reports sent in that it may return or accept
 * (or has: returned and accepted ones stay listed). SQL loads only the units (and their
 * reports) the actor's head and officer grants cover or whose parent its head grants cover;
 * the office reviews every unit and loads them all.
 */
export async function listPeriodReports(deps: Deps, actor: Actor, periodId: string) {
  const period = await loadPeriod(deps, actor.tenantId, periodId);
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  const scope: ListScope = isOffice(actor, rootUnitId)
    ? { all: true }
    : { all: false, userId: actor.id, today: deps.today(), roles: ['unit_head', 'unit_officer'] };
  const units = await reportingUnits(deps, actor.tenantId, period, { scope });
  const rows = await repo.listReports(
    deps.db,
    actor.tenantId,
    period.id,
    scope.all ? undefined : units.map((u) => u.id),
  );
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  const first = await repo.firstSubmissions(
    deps.db,
    actor.tenantId,
    rows.map((r) => r.id),
  );
  const view = (unit: ReportUnit): ReportSummaryView => {
    const row = byUnit.get(unit.id);
    const status = (row?.status as ReportStatus | undefined) ?? null;
    return {
      period,
      unit,
      row,
      firstSubmittedAt: (row && first.get(row.id)) ?? null,
      subject: subjectOf(deps, rootUnitId, period, unit, status, row?.submittedBy ?? null),
    };
  };
  const own = new Set(
    actor.grants
      .filter((g) => g.role === 'unit_head' || g.role === 'unit_officer')
      .map((g) => g.unitId),
  );
  const mine = units.filter((u) => own.has(u.id)).map(view);
  const reviewable = units
    .filter((u) => {
      const status = byUnit.get(u.id)?.status;
      return (
        status !== undefined &&
        status !== 'draft' &&
        reviews(actor, { rootUnitId, unitId: u.id, parentId: u.parentId })
      );
    })
    .map(view);
  return { period, mine, reviewable };
}
