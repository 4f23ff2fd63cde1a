import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { planCreate, planMove, planRename } from './basic.ts';
import { addDays } from './dates.ts';
import { planDissolve } from './dissolve.ts';
import { smallProvince } from '../../../test/support/unit-fixtures.ts';
import { boundaries, timelineProblems, treeProblems } from './invariants.ts';
import { lineage } from './lineage.ts';
import { planMerge } from './merge.ts';
import { planSplit } from './split.ts';
import { applyPlan, descendantsOn, indexState, isActive, type UnitIndex } from './state.ts';
import { hasCycle, treeAsOf } from './tree.ts';
import type { PlanContext, UnitEvent, UnitPlan, UnitState } from './types.ts';

/** An abstract step: which planner, and numbers that pick units among those active that day. */
const step = fc.record({
  op: fc.constantFrom('create', 'rename', 'move', 'merge', 'mergeInto', 'split', 'dissolve'),
  gap: fc.integer({ min: 1, max: 400 }),
  picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function activeIds(state: UnitState, date: string): string[] {
  return state.units
    .filter((u) => isActive(u, date))
    .map((u) => u.id)
    .sort();
}

function plannerFor(
  s: Step,
  index: UnitIndex,
  ctx: PlanContext,
  date: string,
  n: number,
): UnitPlan {
  const ids = activeIds(index.state, date);
  const pick = (i: number) => ids[s.picks[i]! % ids.length]!;
  switch (s.op) {
    case 'create':
      return planCreate(index, ctx, {
        code: `N${n}`,
        kind: 'commune',
        name: `Đơn vị ${n}`,
        parentId: pick(0),
        validFrom: date,
      });
    case 'rename':
      return planRename(index, ctx, { unitId: pick(0), name: `Tên ${n}`, effectiveDate: date });
    case 'move':
      return planMove(index, ctx, { unitId: pick(0), parentId: pick(1), effectiveDate: date });
    case 'merge':
      return planMerge(index, ctx, {
        predecessorIds: [pick(0), pick(1)],
        successor: { code: `M${n}`, kind: 'commune', name: `Hợp nhất ${n}` },
        effectiveDate: date,
      });
    case 'mergeInto':
      return planMerge(index, ctx, {
        predecessorIds: [pick(0)],
        successor: { unitId: pick(1) },
        effectiveDate: date,
      });
    case 'split': {
      const unitId = pick(0);
      const children = [...descendantsOn(index, unitId, date)].filter((c) =>
        index.versionsUnder(unitId).some((v) => v.unitId === c),
      );
      const childrenTo = Object.fromEntries(children.map((c, i) => [c, (s.picks[2]! + i) % 2]));
      return planSplit(index, ctx, {
        unitId,
        successors: [
          { code: `A${n}`, kind: 'commune', name: `Tách A ${n}` },
          { code: `B${n}`, kind: 'commune', name: `Tách B ${n}` },
        ],
        childrenTo,
        effectiveDate: date,
      });
    }
    case 'dissolve':
      return planDissolve(index, ctx, {
        unitId: pick(0),
        successorId: pick(1),
        effectiveDate: date,
      });
  }
}

interface History {
  state: UnitState;
  events: UnitEvent[];
  merges: { plan: UnitPlan; before: UnitState }[];
}

/** Runs the steps on the small province, one strictly later date after another; refused steps are skipped. */
function replay(steps: Step[]): History {
  const p = smallProvince();
  let state = p.state;
  const events: UnitEvent[] = [];
  const merges: History['merges'] = [];
  let date = '2020-01-01';
  steps.forEach((s, n) => {
    date = addDays(date, s.gap);
    if (activeIds(state, date).length === 0) return;
    try {
      const plan = plannerFor(s, indexState(state), p.ctx, date, n);
      if (s.op === 'merge' || s.op === 'mergeInto') merges.push({ plan, before: state });
      state = applyPlan(state, plan);
      events.push(...plan.events);
    } catch (e) {
      if (!(e instanceof AppError) || e.status !== 400) throw e;
      // the planners' own checks must catch every bad command in a forward-moving history;
      // the generic history check is only a safety net
      if (e.fields?.effectiveDate?.key === 'unit_history_conflict') throw e;
    }
  });
  return { state, events, merges };
}

const histories = fc.array(step, { minLength: 1, maxLength: 25 }).map(replay);

describe('unit history invariants', () => {
  it('every unit has exactly one version on each day it exists', () => {
    fc.assert(
      fc.property(histories, ({ state }) => {
        const index = indexState(state);
        for (const u of state.units) expect(timelineProblems(index, u.id)).toEqual([]);
      }),
    );
  });

  it('no as-of tree has a cycle or a unit whose parent is gone', () => {
    fc.assert(
      fc.property(histories, ({ state }) => {
        const dates = boundaries([state], '2019-12-31');
        expect(treeProblems(state, dates)).toEqual([]);
        for (const date of dates)
          expect(hasCycle(treeAsOf(state.units, state.versions, date))).toBe(false);
      }),
    );
  });

  it("after a merge, the predecessors' subtrees are inside the successor's subtree and the predecessors are gone", () => {
    fc.assert(
      fc.property(histories, ({ merges }) => {
        for (const { plan, before } of merges) {
          const event = plan.events[0]!;
          const date = event.effectiveDate;
          const preds = event.parties.filter((x) => x.role === 'predecessor').map((x) => x.unitId);
          const successor = event.parties.find((x) => x.role === 'successor')!.unitId;
          const oldIndex = indexState(before);
          const newIndex = indexState(applyPlan(before, plan));
          const inside = descendantsOn(newIndex, successor, date);
          for (const pred of preds) {
            expect(isActive(newIndex.unit(pred)!, date)).toBe(false);
            for (const u of descendantsOn(oldIndex, pred, addDays(date, -1))) {
              if (!preds.includes(u)) expect(inside.has(u)).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('lineage is symmetric: A precedes B exactly when B succeeds A', () => {
    fc.assert(
      fc.property(histories, ({ state, events }) => {
        const all = state.units.map((u) => u.id);
        const lines = new Map(all.map((id) => [id, lineage(id, events)]));
        for (const a of all) {
          for (const b of lines.get(a)!.successors)
            expect(lines.get(b.unitId)!.predecessors.some((x) => x.unitId === a)).toBe(true);
          for (const b of lines.get(a)!.predecessors)
            expect(lines.get(b.unitId)!.successors.some((x) => x.unitId === a)).toBe(true);
        }
      }),
    );
  });
});

describe('generated histories are not trivial', () => {
  it('most kinds of step succeed somewhere', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(histories, ({ events }) => void events.forEach((e) => kinds.add(e.kind))),
      { numRuns: 200 },
    );
    expect([...kinds].sort()).toEqual(['create', 'dissolve', 'merge', 'move', 'rename', 'split']);
  });
});
