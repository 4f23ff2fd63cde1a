import { invalid } from '../../../shared/errors.ts';
import { indexState, type UnitIndex } from './state.ts';
import { hasCycle, treeAsOf } from './tree.ts';
import type { UnitPlan, UnitState } from './types.ts';

/**
 * Problems in a unit's own timeline: its versions must tile its life exactly, so on every
 * day it exists it has exactly one name and one parent.
 */
export function timelineProblems(index: UnitIndex, unitId: string): string[] {
  const unit = index.unit(unitId);
  if (!unit) return [`missing:${unitId}`];
  const versions = index.versionsOf(unitId);
  if (!versions.length) return [`no_version:${unitId}`];
  const problems: string[] = [];
  if (versions[0]!.validFrom !== unit.validFrom) problems.push(`start:${unitId}`);
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i]!;
    if (v.validTo !== null && v.validTo <= v.validFrom) problems.push(`empty:${v.id}`);
    const next = versions[i + 1];
    if (next && v.validTo !== next.validFrom)
      problems.push(
        `${v.validTo === null || v.validTo > next.validFrom ? 'overlap' : 'gap'}:${unitId}`,
      );
  }
  if (versions.at(-1)!.validTo !== unit.validTo) problems.push(`end:${unitId}`);
  return problems;
}

/** Days from `from` on where the tree can change: every boundary in the state. */
export function boundaries(states: readonly UnitState[], from: string): string[] {
  const dates = new Set([from]);
  for (const state of states) {
    for (const r of [...state.units, ...state.versions]) {
      if (r.validFrom > from) dates.add(r.validFrom);
      if (r.validTo && r.validTo > from) dates.add(r.validTo);
    }
  }
  return [...dates].sort();
}

/** On each of `dates`: every parent exists that day and parent links form no cycle. */
export function treeProblems(state: UnitState, dates: readonly string[]): string[] {
  const problems: string[] = [];
  for (const date of dates) {
    const nodes = treeAsOf(state.units, state.versions, date);
    const present = new Set(nodes.map((n) => n.id));
    for (const n of nodes)
      if (n.parentId && !present.has(n.parentId)) problems.push(`orphan:${n.id}@${date}`);
    if (hasCycle(nodes)) problems.push(`cycle@${date}`);
  }
  return problems;
}

function touchedUnits(plan: UnitPlan): Set<string> {
  return new Set([
    ...plan.insertUnits.map((u) => u.id),
    ...plan.endUnits.map((u) => u.id),
    ...plan.insertVersions.map((v) => v.unitId),
    ...plan.updateVersions.map((v) => v.unitId),
  ]);
}

/**
 * The safety net under every planner: the plan may not add a broken timeline, an orphan
 * or a cycle on any day from `from` on. Problems already in the stored history (e.g. an
 * imperfect seed) are tolerated so one bad row does not block every later change.
 */
export function assertPlanKeepsHistory(
  before: UnitState,
  after: UnitState,
  plan: UnitPlan,
  from: string,
): void {
  const oldIndex = indexState(before);
  const newIndex = indexState(after);
  const existing = new Set<string>();
  const introduced: string[] = [];
  for (const unitId of touchedUnits(plan)) {
    if (oldIndex.unit(unitId)) for (const p of timelineProblems(oldIndex, unitId)) existing.add(p);
    for (const p of timelineProblems(newIndex, unitId)) if (!existing.has(p)) introduced.push(p);
  }
  const dates = boundaries([before, after], from);
  const oldTree = new Set(treeProblems(before, dates));
  for (const p of treeProblems(after, dates)) if (!oldTree.has(p)) introduced.push(p);
  if (introduced.length) throw invalid({ effectiveDate: { key: 'unit_history_conflict' } });
}
