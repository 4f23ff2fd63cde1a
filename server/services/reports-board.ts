import { compareUnits } from '../../shared/collation.ts';
import { notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { Criterion } from '../domain/criteria/content.ts';
import {
  isExpected,
  rollup,
  unitEntries,
  type RollupInput,
  type UnitEntry,
} from '../domain/reports/rollup.ts';
import {
  countBoard,
  submittedLate,
  type BoardStatus,
  type ReportStatus,
} from '../domain/reports/status.ts';
import { abilities, hasAnyRole, type Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { reportPeriodPolicy, reviews, rollupPolicy } from '../policies/reports.ts';
import { lastReminderAtByUnit } from '../repositories/notifications.ts';
import * as repo from '../repositories/reports.ts';
import { lineageEvents, loadTreeOn } from '../repositories/units.ts';
import { CriteriaResolver, type CriteriaRef } from './reports-context.ts';
import { loadPeriod, rootOf, today } from './reports-periods.ts';

/** A unit of the tree on the period's reference date. */
export interface TreeUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}

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

export async function loadPeriodState(
  deps: Deps,
  tenantId: string,
  periodId: string,
): Promise<PeriodState> {
  const period = await loadPeriod(deps, tenantId, periodId);
  const tree = await loadTreeOn(deps.db, tenantId, period.referenceDate);
  const events = await lineageEvents(deps.db, tenantId);
  const rows = await repo.listReports(deps.db, tenantId, period.id);
  const firstSubmitted = await repo.firstSubmissions(
    deps.db,
    rows.map((r) => r.id),
  );
  const versions = new Map(tree.versions.map((v) => [v.unitId, v]));
  const units = new Map<string, TreeUnit>();
  for (const u of tree.units) {
    const v = versions.get(u.id);
    if (v)
      units.set(u.id, { id: u.id, code: u.code, kind: u.kind, name: v.name, parentId: v.parentId });
  }
  const day = today(deps);
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
    rootUnitId: await rootOf(deps, tenantId),
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
function standingRow(state: PeriodState, unitId: string): repo.ReportRow | undefined {
  const sources = new Set(state.entries.get(unitId)?.sources.map((s) => s.unitId) ?? []);
  return state.rows
    .filter((r) => sources.has(r.unitId))
    .sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0))[0];
}

/** One row per expected unit of the state, sorted by kind then name. */
export function boardRows(state: PeriodState, reminders = new Map<string, Date>()): BoardRow[] {
  const rows: BoardRow[] = [];
  for (const [unitId, entry] of state.entries) {
    const row = standingRow(state, unitId);
    const first = row ? state.firstSubmitted.get(row.id) : undefined;
    rows.push({
      unit: state.units.get(unitId)!,
      status: entry.board,
      submittedAt: row?.submittedAt ?? null,
      submittedLate: submittedLate(
        first?.toISOString().slice(0, 10) ?? null,
        state.period.deadline,
      ),
      lastReminderAt: reminders.get(unitId) ?? null,
    });
  }
  return rows.sort((a, b) => compareUnits(a.unit, b.unit));
}

/**
 * The completion board: every unit expected to report (as of the reference date) with its
 * status, for the office and leaders; a head sees the units whose reports it reviews.
 */
export async function periodBoard(deps: Deps, actor: Actor, periodId: string) {
  const state = await loadPeriodState(deps, actor.tenantId, periodId);
  const subject = { rootUnitId: state.rootUnitId };
  authorize(reportPeriodPolicy, actor, 'board', subject);
  const periodAbilities = abilities(reportPeriodPolicy, actor, subject);
  const all = hasAnyRole(actor, ['emulation_office', 'leader'], state.rootUnitId);
  const reminders = await lastReminderAtByUnit(deps.db, actor.tenantId, periodId);
  const rows = boardRows(state, reminders).filter(
    (r) =>
      all ||
      reviews(actor, {
        rootUnitId: state.rootUnitId,
        unitId: r.unit.id,
        parentId: r.unit.parentId,
      }),
  );
  return {
    period: state.period,
    today: state.today,
    periodAbilities,
    counts: countBoard(rows.map((r) => r.status)),
    rows,
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
  if (hasAnyRole(actor, ['emulation_office', 'leader'], rootUnitId)) return rootUnitId;
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
