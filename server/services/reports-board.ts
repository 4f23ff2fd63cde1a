import { compareUnits } from '../../shared/collation.ts';
import type { BoardStatus, ReportStatus } from '../../shared/contracts/reports.ts';
import { notFound } from '../../shared/errors.ts';
import { vietnamDay } from '../../shared/vietnam-day.ts';
import type { Deps } from '../deps.ts';
import type { Criterion } from '../../shared/contracts/criteria-content.ts';
import {
  isExpected,
  rollup,
  unitEntries,
  type RollupInput,
  type UnitEntry,
} from '../domain/reports/rollup.ts';
import { countBoard, submittedLate } from '../domain/reports/status.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { readsWholePeriod, reportPeriodPolicy, rollupPolicy } from '../policies/reports.ts';
import { lastReminderAtByUnit } from '../repositories/notifications.ts';
import { treeOn, type TreeNode } from '../repositories/report-units.ts';
import * as repo from '../repositories/reports.ts';
import type { ListScope } from '../repositories/scope.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { lineageEvents } from '../repositories/units.ts';
import { CriteriaResolver, type CriteriaRef } from './reports-context.ts';
import { loadPeriod } from './reports-periods.ts';

/** A unit of the tree on the period's reference date. */
export type TreeUnit = TreeNode;

/** The period's tree, reports and each expected unit's standing: what board, roll-up and the consolidated report read. */
export interface PeriodState {
  period: repo.ReportPeriodRow;
  rootUnitId: string;
  today: string;
  units: Map<string, TreeUnit>;
  rows: repo.ReportRow[];
  input: RollupInput;
  entries: Map<string, UnitEntry>;
  firstSubmitted: Map<string, Date>;
}

/**
 * The period's state over the scope's part of the tree (all of it by default: the roll-up and
 * the consolidated report): its units and reports are filtered in SQL (report-units.ts).
 */
export async function loadPeriodState(
  deps: Deps,
  tenantId: string,
  periodId: string,
  scope: ListScope = { all: true },
): Promise<PeriodState> {
  const period = await loadPeriod(deps, tenantId, periodId);
  const nodes = await treeOn(deps.db, tenantId, period.referenceDate, scope);
  const events = await lineageEvents(deps.db, tenantId);
  const rows = await repo.listReportsInScope(
    deps.db,
    tenantId,
    period.id,
    scope,
    nodes.map((n) => n.id),
  );
  const firstSubmitted = await repo.firstSubmissions(
    deps.db,
    tenantId,
    rows.map((r) => r.id),
  );
  const units = new Map<string, TreeUnit>(nodes.map((n) => [n.id, n]));
  const day = deps.today();
  const input: RollupInput = {
    nodes: [...units.values()],
    reports: rows.map((r) => ({
      unitId: r.unitId,
      status: r.status as ReportStatus,
      answers: r.answers as RollupInput['reports'][number]['answers'],
    })),
    events,
    deadline: period.deadline,
    today: day,
  };
  return {
    period,
    rootUnitId: await rootOf(deps.db, tenantId),
    today: day,
    units,
    rows,
    input,
    entries: unitEntries(input),
    firstSubmitted,
  };
}

export interface BoardRow {
  unit: TreeUnit;
  status: BoardStatus;
  submittedAt: Date | null;
  submittedLate: boolean;
  lastReminderAt: Date | null;
}

/** The report standing for an expected unit: its own, else the latest sent in by its predecessors. */
function standingRow(
  state: PeriodState,
  byUnit: ReadonlyMap<string, { row: repo.ReportRow; at: number }>,
  unitId: string,
): repo.ReportRow | undefined {
  // The latest submitted wins; on a tie the one listed first (as the sort it replaces did).
  let best: { row: repo.ReportRow; at: number } | undefined;
  for (const source of new Set(state.entries.get(unitId)?.sources.map((s) => s.unitId))) {
    const found = byUnit.get(source);
    if (!found) continue;
    const time = (r: repo.ReportRow) => r.submittedAt?.getTime() ?? 0;
    if (
      !best ||
      time(found.row) > time(best.row) ||
      (time(found.row) === time(best.row) && found.at < best.at)
    )
      best = found;
  }
  return best?.row;
}

/** One row per expected unit of the state, sorted by kind then name. */
export function boardRows(state: PeriodState, reminders = new Map<string, Date>()): BoardRow[] {
  const rows: BoardRow[] = [];
  // One report per unit and period (reports_period_unit_uq): a map, not a scan per unit.
  const byUnit = new Map(state.rows.map((row, at) => [row.unitId, { row, at }]));
  for (const [unitId, entry] of state.entries) {
    const row = standingRow(state, byUnit, unitId);
    const first = row ? state.firstSubmitted.get(row.id) : undefined;
    rows.push({
      unit: state.units.get(unitId)!,
      status: entry.board,
      submittedAt: row?.submittedAt ?? null,
      submittedLate: submittedLate(first ? vietnamDay(first) : null, state.period.deadline),
      lastReminderAt: reminders.get(unitId) ?? null,
    });
  }
  return rows.sort((a, b) => compareUnits(a.unit, b.unit));
}

/**
 * The completion board: every unit expected to report (as of the reference date) with its
 * status, for the office and leaders; a head sees the units its head grants cover (its own
 * and those below it) and those whose reports it reviews — chosen in SQL, not in memory.
 */
export async function periodBoard(deps: Deps, actor: Actor, periodId: string) {
  await loadPeriod(deps, actor.tenantId, periodId); // an unknown period is NotFound for anyone
  const subject = { rootUnitId: await rootOf(deps.db, actor.tenantId) };
  authorize(reportPeriodPolicy, actor, 'board', subject);
  const periodAbilities = abilities(reportPeriodPolicy, actor, subject);
  const scope: ListScope = readsWholePeriod(actor, subject.rootUnitId)
    ? { all: true }
    : { all: false, userId: actor.id, today: deps.today(), roles: ['unit_head'] };
  const state = await loadPeriodState(deps, actor.tenantId, periodId, scope);
  const reminders = await lastReminderAtByUnit(deps.db, actor.tenantId, periodId);
  const rows = boardRows(state, reminders);
  return {
    period: state.period,
    today: state.today,
    periodAbilities,
    counts: countBoard(rows.map((r) => r.status)),
    rows,
    rootUnitId: subject.rootUnitId,
  };
}

type Quantitative = Extract<Criterion, { kind: 'quantitative' }>;

/** The quantitative criteria to roll up: the default version's, then any other a report was judged by. */
export async function rollupCriteria(
  deps: Deps,
  state: PeriodState,
): Promise<{ criterion: Quantitative; group: { vi: string; en: string } }[]> {
  const resolver = new CriteriaResolver(deps, state.period.tenantId, state.period);
  const refs: CriteriaRef[] = [];
  const first = await resolver.defaultVersion();
  if (first) refs.push(first);
  for (const row of state.rows) {
    const ref = await resolver.version(row.criteriaSetId, row.criteriaVersion);
    if (ref && !refs.includes(ref)) refs.push(ref);
  }
  const seen = new Set<string>();
  const out: { criterion: Quantitative; group: { vi: string; en: string } }[] = [];
  for (const ref of refs)
    for (const group of ref.content.groups)
      for (const c of group.criteria)
        if (c.kind === 'quantitative' && !seen.has(c.code)) {
          seen.add(c.code);
          out.push({ criterion: c, group: group.name });
        }
  return out;
}

/** The unit the actor rolls up by default: the root for the office and leaders, else its first unit. */
function defaultUnit(actor: Actor, rootUnitId: string): string {
  if (readsWholePeriod(actor, rootUnitId)) return rootUnitId;
  const grant = actor.grants.find((g) => g.role === 'unit_head' || g.role === 'unit_officer');
  return grant?.unitId ?? rootUnitId;
}

/** A unit's subtree as of the reference date: statuses and indicators aggregated per criterion. */
export async function periodRollup(deps: Deps, actor: Actor, periodId: string, unitId?: string) {
  const state = await loadPeriodState(deps, actor.tenantId, periodId);
  const target = unitId ?? defaultUnit(actor, state.rootUnitId);
  authorize(rollupPolicy, actor, 'read', { rootUnitId: state.rootUnitId, unitId: target });
  const unit = state.units.get(target);
  if (!unit) throw notFound();
  const up = unit.parentId ? state.units.get(unit.parentId) : undefined;
  const parent =
    up && rollupPolicy.read(actor, { rootUnitId: state.rootUnitId, unitId: up.id }) ? up : null;
  const criteria = await rollupCriteria(deps, state);
  const out = rollup(
    state.input,
    target,
    criteria.map((c) => c.criterion),
  );
  return { state, unit, parent, criteria, ...out, expected: isExpected(unit) };
}
