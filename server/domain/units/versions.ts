import { invalid, type FieldProblem } from '../../../shared/errors.ts';
import { addDays } from './dates.ts';
import { descendantsOn, isActive, versionOn, type UnitIndex } from './state.ts';
import { emptyPlan, type PlanContext, type UnitPlan, type UnitVersion } from './types.ts';

/** Field problems gathered over a whole command, so the user sees them all at once. */
export class Problems {
  readonly fields: Record<string, FieldProblem> = {};
  add(field: string, key: FieldProblem['key'], params?: Record<string, unknown>): void {
    this.fields[field] ??= params ? { key, params } : { key };
  }
  get any(): boolean {
    return Object.keys(this.fields).length > 0;
  }
  throwIfAny(): void {
    if (this.any) throw invalid(this.fields);
  }
}

/**
 * History is appended, not rewritten: a change to a unit takes effect on or after the start
 * of its latest version (`allowSameDay`) or strictly after it (when the unit ends that day,
 * since a version of zero days would be left).
 */
export function checkChangeable(
  index: UnitIndex,
  problems: Problems,
  field: string,
  unitId: string,
  date: string,
  allowSameDay: boolean,
): boolean {
  const unit = index.unit(unitId);
  if (!unit) return (problems.add(field, 'unit_not_found'), false);
  if (!isActive(unit, date)) return (problems.add(field, 'unit_not_active'), false);
  const later = index
    .versionsOf(unitId)
    .find((v) => (allowSameDay ? v.validFrom > date : v.validFrom >= date));
  if (later)
    return (
      problems.add('effectiveDate', allowSameDay ? 'unit_changed_later' : 'effective_after_start', {
        date: later.validFrom,
      }),
      false
    );
  return true;
}

/** A unit that can take children (or a successor's records) from `date` on. */
export function checkReceiver(
  index: UnitIndex,
  problems: Problems,
  field: string,
  unitId: string,
  date: string,
  until: string | null,
): boolean {
  const unit = index.unit(unitId);
  if (!unit) return (problems.add(field, 'unit_not_found'), false);
  if (!isActive(unit, date)) return (problems.add(field, 'unit_not_active'), false);
  if (unit.validTo !== null && (until === null || until > unit.validTo))
    return (problems.add(field, 'unit_ends', { date: unit.validTo }), false);
  return true;
}

/** `candidate` sits inside one of `units`' subtrees on `date` (or is one of them). */
export function insideAny(
  index: UnitIndex,
  candidate: string,
  units: readonly string[],
  date: string,
): boolean {
  return units.some((u) => u === candidate || descendantsOn(index, u, date).has(candidate));
}

/** Changes a unit's name or parent from `date` on; its version covering `date` must be its last. */
export function changeFrom(
  index: UnitIndex,
  ctx: PlanContext,
  unitId: string,
  date: string,
  patch: Partial<Pick<UnitVersion, 'name' | 'shortName' | 'parentId' | 'communeType'>>,
): UnitPlan {
  const plan = emptyPlan();
  const current = versionOn(index, unitId, date)!;
  if (current.validFrom === date) plan.updateVersions.push({ ...current, ...patch });
  else {
    plan.updateVersions.push({ ...current, validTo: date });
    plan.insertVersions.push({ ...current, ...patch, id: ctx.newId(), validFrom: date });
  }
  return plan;
}

/** Ends a unit on `date` (its last day is the day before). */
export function endUnit(index: UnitIndex, plan: UnitPlan, unitId: string, date: string): void {
  const last = versionOn(index, unitId, addDays(date, -1));
  if (last) plan.updateVersions.push({ ...last, validTo: date });
  plan.endUnits.push({ id: unitId, validTo: date });
}

/** Units that would still sit under `parentId` on or after `date`. */
export function childrenFrom(index: UnitIndex, parentId: string, date: string): string[] {
  const ids = index
    .versionsUnder(parentId)
    .filter((v) => v.validTo === null || v.validTo > date)
    .map((v) => v.unitId);
  return [...new Set(ids)];
}

/** Wherever `childId` would sit under `from` on or after `date`, it sits under `to` instead. */
export function reparentFrom(
  index: UnitIndex,
  ctx: PlanContext,
  plan: UnitPlan,
  childId: string,
  from: string,
  to: string,
  date: string,
): void {
  for (const v of index.versionsOf(childId)) {
    if (v.parentId !== from || (v.validTo !== null && v.validTo <= date)) continue;
    if (v.validFrom >= date) plan.updateVersions.push({ ...v, parentId: to });
    else {
      plan.updateVersions.push({ ...v, validTo: date });
      plan.insertVersions.push({ ...v, id: ctx.newId(), parentId: to, validFrom: date });
    }
  }
}
