import {
  latestActual,
  targetStatus,
  targetTrend,
  type Comparator,
  type Direction,
} from '../domain/targets/status.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { targetPolicy } from '../policies/targets.ts';
import type {
  AssignmentResponse,
  PublicTarget,
  TargetResponse,
} from '../../shared/contracts/targets.ts';
import type { AssignmentView } from '../services/targets-assignments.ts';
import type { TargetView } from '../services/targets.ts';

const num = (v: string | null) => (v === null ? null : Number(v));

/** The public shape; `evaluationYear` is the current year (from the clock). */
export function presentPublicTarget(view: TargetView, evaluationYear: number): PublicTarget {
  const { target } = view;
  const direction = target.direction as Direction;
  const targetsByYear = view.values.map((v) => ({
    year: v.year,
    value: Number(v.value),
    comparator: v.comparator as Comparator,
  }));
  const actuals = view.actuals.map((a) => ({
    year: a.year,
    value: Number(a.value),
    source: a.source,
  }));
  const baseline = { year: target.baselineYear, value: num(target.baselineValue) };
  return {
    code: target.code,
    name: { vi: target.nameVi, en: target.nameEn },
    measure: target.measure,
    direction,
    baseline,
    targetsByYear,
    actualsByYear: actuals,
    status: targetStatus({
      direction,
      baseline,
      targets: targetsByYear,
      latest: latestActual(actuals),
      evaluationYear,
    }),
    trend: targetTrend(direction, targetsByYear, actuals),
  };
}

export function presentTarget(
  actor: Actor,
  view: TargetView,
  evaluationYear: number,
): TargetResponse {
  const { target } = view;
  const base = presentPublicTarget(view, evaluationYear);
  const latest = latestActual(base.actualsByYear);
  const can = abilities(targetPolicy, actor, view.subject);
  return {
    ...base,
    area: target.area,
    clause: target.clause,
    source: target.sourceVi,
    movement: { code: target.movementCode, startYear: target.startYear, endYear: target.endYear },
    targetsByYear: view.values.map((v) => ({
      year: v.year,
      value: Number(v.value),
      comparator: v.comparator as Comparator,
      note: v.noteVi ? { vi: v.noteVi, en: v.noteEn ?? v.noteVi } : null,
      setBy: v.setByVersion,
    })),
    actualsByYear: view.actuals.map((a) => ({
      year: a.year,
      value: Number(a.value),
      source: a.source,
      evidence: a.evidence,
      enteredBy: a.enteredByName,
      enteredAt: a.enteredAt.toISOString(),
      version: a.version,
    })),
    latest: latest ? { year: latest.year, value: latest.value } : null,
    abilities: { enterActual: can.enterActual, assign: can.assign },
  };
}

/** A unit's assignment; `evaluationYear` is the current year (from the clock). */
export function presentAssignment(
  actor: Actor,
  a: AssignmentView,
  evaluationYear: number,
): AssignmentResponse {
  const value = Number(a.value);
  const actual = a.actual ? Number(a.actual.value) : null;
  return {
    id: a.id,
    unitId: a.unitId,
    unitName: a.unitName,
    year: a.year,
    value,
    comparator: a.comparator as Comparator,
    version: a.version,
    actual: a.actual
      ? {
          year: a.actual.year,
          value: actual!,
          source: a.actual.source,
          version: a.actual.version,
        }
      : null,
    status: targetStatus({
      direction: a.direction as Direction,
      baseline: { year: null, value: null },
      targets: [{ year: a.year, value, comparator: a.comparator as Comparator }],
      latest: actual === null ? null : { year: a.year, value: actual },
      evaluationYear,
    }),
    abilities: { enterActual: targetPolicy.enterActual(actor, a.subject) },
  };
}
