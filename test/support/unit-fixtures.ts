/** Test-only helpers for the unit domain's own tests: a small province and a way to run planners. */
import { AppError } from '../../shared/errors.ts';
import { planCreate } from '../../server/domain/units/basic.ts';
import { applyPlan, indexState, type UnitIndex } from '../../server/domain/units/state.ts';
import type { PlanContext, UnitPlan, UnitState } from '../../server/domain/units/types.ts';

export function sequentialIds(prefix = 'id'): PlanContext {
  let n = 0;
  return { newId: () => `${prefix}-${++n}` };
}

export const emptyState = (): UnitState => ({ units: [], versions: [] });

/** Runs one planner against `state` and returns the state after it. */
export function run(state: UnitState, planner: (index: UnitIndex) => UnitPlan): UnitState {
  return applyPlan(state, planner(indexState(state)));
}

export interface Province {
  state: UnitState;
  ctx: PlanContext;
  /** code → id */
  id: (code: string) => string;
}

/**
 * P (province) ─┬─ D1 (district) ─┬─ C1, C2 (communes)
 *               ├─ D2 (district) ── C3
 *               └─ S1, S2 (departments)
 * all from 2020-01-01.
 */
export function smallProvince(): Province {
  const ctx = sequentialIds();
  let state = emptyState();
  const codes = new Map<string, string>();
  const add = (code: string, kind: string, name: string, parent?: string) => {
    const plan = planCreate(indexState(state), ctx, {
      code,
      kind,
      name,
      parentId: parent ? codes.get(parent)! : null,
      validFrom: '2020-01-01',
    });
    codes.set(code, plan.insertUnits[0]!.id);
    state = applyPlan(state, plan);
  };
  add('P', 'province', 'Tỉnh');
  add('D1', 'district', 'Huyện Một', 'P');
  add('D2', 'district', 'Huyện Hai', 'P');
  add('C1', 'commune', 'Xã Một', 'D1');
  add('C2', 'commune', 'Xã Hai', 'D1');
  add('C3', 'commune', 'Xã Ba', 'D2');
  add('S1', 'provincial_department', 'Sở Một', 'P');
  add('S2', 'provincial_department', 'Sở Hai', 'P');
  return { state, ctx, id: (code) => codes.get(code)! };
}

/** The index of a province's current state. */
export const at = (p: Province): UnitIndex => indexState(p.state);

/** The field problems a planner raised, as { field: key }; fails when it raised none. */
export function problemsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError && e.fields)
      return Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v.key]));
    throw e;
  }
  throw new Error('expected the planner to refuse');
}
