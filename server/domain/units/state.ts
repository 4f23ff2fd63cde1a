import { addDays, within } from './dates.ts';
import type { TreeNode, Unit, UnitPlan, UnitState, UnitVersion } from './types.ts';

/** Lookups over a UnitState; built once per command. */
export interface UnitIndex {
  state: UnitState;
  unit(id: string): Unit | undefined;
  unitByCode(code: string): Unit | undefined;
  /** A unit's versions, oldest first. */
  versionsOf(unitId: string): UnitVersion[];
  /** Versions naming `parentId` as parent, of every unit. */
  versionsUnder(parentId: string): UnitVersion[];
}

export function indexState(state: UnitState): UnitIndex {
  const units = new Map(state.units.map((u) => [u.id, u]));
  const codes = new Map(state.units.map((u) => [u.code, u]));
  const byUnit = new Map<string, UnitVersion[]>();
  const byParent = new Map<string, UnitVersion[]>();
  for (const v of state.versions) {
    push(byUnit, v.unitId, v);
    if (v.parentId) push(byParent, v.parentId, v);
  }
  for (const list of byUnit.values())
    list.sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  return {
    state,
    unit: (id) => units.get(id),
    unitByCode: (code) => codes.get(code),
    versionsOf: (unitId) => byUnit.get(unitId) ?? [],
    versionsUnder: (parentId) => byParent.get(parentId) ?? [],
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function isActive(unit: Unit, date: string): boolean {
  return within(unit.validFrom, unit.validTo, date);
}

export function versionOn(index: UnitIndex, unitId: string, date: string): UnitVersion | undefined {
  return index.versionsOf(unitId).find((v) => within(v.validFrom, v.validTo, date));
}

/** The unit as it stood on `date`, or undefined when it did not exist then. */
export function nodeOn(index: UnitIndex, unitId: string, date: string): TreeNode | undefined {
  const unit = index.unit(unitId);
  if (!unit || !isActive(unit, date)) return undefined;
  const version = versionOn(index, unitId, date);
  return version ? toNode(unit, version) : undefined;
}

/** The unit on `date`, or as it last stood before `date` when it had already ended; for showing ended units. */
export function nodeOnOrBefore(
  index: UnitIndex,
  unitId: string,
  date: string,
): TreeNode | undefined {
  const unit = index.unit(unitId);
  if (!unit) return undefined;
  const versions = index.versionsOf(unitId).filter((v) => v.validFrom <= date);
  const version =
    versions.find((v) => within(v.validFrom, v.validTo, date)) ??
    versions.at(-1) ??
    index.versionsOf(unitId)[0];
  return version ? toNode(unit, version) : undefined;
}

export function toNode(unit: Unit, version: UnitVersion): TreeNode {
  return {
    id: unit.id,
    code: unit.code,
    kind: unit.kind,
    name: version.name,
    shortName: version.shortName,
    parentId: version.parentId,
    communeType: version.communeType ?? null,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  };
}

/** Active units whose version on `date` names `parentId`. */
export function childrenOn(index: UnitIndex, parentId: string, date: string): string[] {
  return index
    .versionsUnder(parentId)
    .filter((v) => within(v.validFrom, v.validTo, date) && isActive(index.unit(v.unitId)!, date))
    .map((v) => v.unitId);
}

/** Parent, grandparent… of a unit on `date`, nearest first. */
export function ancestorsOn(index: UnitIndex, unitId: string, date: string): string[] {
  const out: string[] = [];
  let current = versionOn(index, unitId, date)?.parentId ?? null;
  while (current && !out.includes(current) && current !== unitId) {
    out.push(current);
    current = versionOn(index, current, date)?.parentId ?? null;
  }
  return out;
}

/** The day to judge a unit's place by: its last day if it has ended, its first if it has not begun, else today. */
export function lastDay(unit: Unit, today: string): string {
  if (unit.validTo !== null && unit.validTo <= today) return addDays(unit.validTo, -1);
  return unit.validFrom > today ? unit.validFrom : today;
}

/** Every unit below `unitId` on `date` (not including it). */
export function descendantsOn(index: UnitIndex, unitId: string, date: string): Set<string> {
  const found = new Set<string>();
  const stack = [unitId];
  while (stack.length) {
    for (const child of childrenOn(index, stack.pop()!, date)) {
      if (found.has(child) || child === unitId) continue;
      found.add(child);
      stack.push(child);
    }
  }
  return found;
}

/** The state after writing `plan`; what the database will hold once the service persists it. */
export function applyPlan(state: UnitState, plan: UnitPlan): UnitState {
  const ends = new Map(plan.endUnits.map((e) => [e.id, e.validTo]));
  const updates = new Map(plan.updateVersions.map((v) => [v.id, v]));
  return {
    units: [
      ...state.units.map((u) => (ends.has(u.id) ? { ...u, validTo: ends.get(u.id)! } : u)),
      ...plan.insertUnits,
    ],
    versions: [...state.versions.map((v) => updates.get(v.id) ?? v), ...plan.insertVersions],
  };
}

/** Concatenates plans made one after another against the accumulating state. */
export function mergePlans(a: UnitPlan, b: UnitPlan): UnitPlan {
  const updates = new Map(a.updateVersions.map((v) => [v.id, v]));
  const inserted = new Map(a.insertVersions.map((v) => [v.id, v]));
  for (const v of b.updateVersions) {
    if (inserted.has(v.id)) inserted.set(v.id, v);
    else updates.set(v.id, v);
  }
  const ends = new Map(a.endUnits.map((e) => [e.id, e.validTo]));
  for (const e of b.endUnits) ends.set(e.id, e.validTo);
  const insertedUnits = a.insertUnits.map((u) =>
    ends.has(u.id) ? { ...u, validTo: ends.get(u.id)! } : u,
  );
  for (const u of insertedUnits) ends.delete(u.id);
  return {
    insertUnits: [...insertedUnits, ...b.insertUnits],
    endUnits: [...ends].map(([id, validTo]) => ({ id, validTo })),
    insertVersions: [...inserted.values(), ...b.insertVersions],
    updateVersions: [...updates.values()],
    events: [...a.events, ...b.events],
  };
}
