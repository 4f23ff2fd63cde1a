import { forbidden, invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { reportingUnitKinds } from '../domain/reports/form.ts';
import {
  awaitsSubmission,
  planManualReminders,
  planReminders,
  type PlannedReminder,
  type ReportState,
  type UnitToRemind,
} from '../domain/reports/reminders.ts';
import type { Actor } from '../policies/actor.ts';
import { mayRemindSomeone, remindPolicy } from '../policies/reminders.ts';
import * as repo from '../repositories/notifications.ts';
import { unitsInPeriod } from '../repositories/report-units.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { notify, reportLink, type NotifyDeps } from './notifications.ts';

interface PeriodUnits {
  units: UnitToRemind[];
  names: Map<string, string>;
  emails: Map<string, string | null>;
}

/**
 * The units that must report in the period — the ones the board expects: every unit of a
 * reporting kind in the tree on its reference date — each with its report's state and the
 * users who write it.
 */
async function periodUnits(db: Executor, period: repo.PeriodRow): Promise<PeriodUnits> {
  const day = { from: period.referenceDate, to: period.referenceDate };
  const participating = await unitsInPeriod(db, period.tenantId, day, reportingUnitKinds);
  const statuses = await repo.reportStatuses(db, period.tenantId, period.id);
  const writers = await repo.reportWriters(
    db,
    period.tenantId,
    participating.map((u) => u.id),
  );
  const emails = new Map(writers.map((w) => [w.userId, w.email]));
  const units = participating.map((u) => ({
    unitId: u.id,
    state: (statuses.get(u.id) ?? 'not_started') as ReportState,
    recipients: writers.filter((w) => w.unitId === u.id).map((w) => w.userId),
  }));
  return { units, names: new Map(participating.map((u) => [u.id, u.name])), emails };
}

async function writeReminders(
  tx: Executor,
  deps: NotifyDeps,
  period: repo.PeriodRow,
  planned: PlannedReminder[],
  context: PeriodUnits,
  byName?: string,
): Promise<number> {
  let written = 0;
  for (const r of planned) {
    const ok = await notify(tx, deps, {
      tenantId: period.tenantId,
      userId: r.userId,
      email: context.emails.get(r.userId) ?? null,
      kind: r.kind,
      params: {
        periodId: period.id,
        unitId: r.unitId,
        unitName: context.names.get(r.unitId) ?? '',
        year: period.year,
        periodKind: period.kind,
        half: period.half,
        deadline: period.deadline,
        days: r.days,
        ...(byName ? { byName } : {}),
      },
      link: reportLink(period.id, r.unitId),
      dedupeKey: r.dedupeKey,
    });
    if (ok) written += 1;
  }
  return written;
}

/**
 * Today's scheduled reminders for every open period of every tenant: "due" and "overdue"
 * notifications to the heads and officers of units that have not sent their report in.
 * Safe to run twice a day: the dedupe key lets one through per user, unit, kind and day.
 */
export async function runDailyReminders(deps: Deps, day = deps.today()): Promise<number> {
  let total = 0;
  for (const period of await repo.openPeriods(deps.db, day)) {
    const context = await periodUnits(deps.db, period);
    const planned = planReminders(period, day, context.units);
    if (planned.length === 0) continue;
    total += await deps.db.transaction((tx) => writeReminders(tx, deps, period, planned, context));
  }
  return total;
}

/**
 * "One click to remind": notifies the heads and officers of the listed units (default: every
 * unit the actor may remind that has not sent its report in). Units already reminded today
 * are not notified twice. Audited; returns how many notifications were written.
 */
export async function remindPeriod(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitIds?: string[],
): Promise<{ notified: number }> {
  const period = await repo.findPeriod(deps.db, actor.tenantId, periodId);
  if (!period) throw notFound();
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  if (!rootUnitId || !mayRemindSomeone(actor, rootUnitId)) throw forbidden();
  const context = await periodUnits(deps.db, period);
  const may = (unitId: string) => remindPolicy.remind(actor, { rootUnitId, unitId });
  let targets: UnitToRemind[];
  if (unitIds) {
    const byId = new Map(context.units.map((u) => [u.unitId, u]));
    const problems: Record<string, FieldProblem> = {};
    unitIds.forEach((id, i) => {
      if (!byId.has(id)) problems[`unitIds.${i}`] = { key: 'not_found' };
    });
    if (Object.keys(problems).length) throw invalid(problems);
    if (!unitIds.every(may)) throw forbidden();
    targets = [...new Set(unitIds)].map((id) => byId.get(id)!);
  } else {
    targets = context.units.filter((u) => awaitsSubmission(u.state) && may(u.unitId));
  }
  const today = deps.today();
  const planned = planManualReminders(period, today, targets);
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const notified = await writeReminders(tx, deps, period, planned, context, actor.fullName);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'report_period.remind',
      entityType: 'report_period',
      entityId: period.id,
      after: { unitIds: [...new Set(planned.map((p) => p.unitId))], notified },
    });
    return { notified };
  });
}
