import { notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import {
  addDays,
  lastDay,
  lineage,
  treeAsOf,
  type LineageEntry,
  type TreeNode,
  type UnitEvent,
  type UnitVersion,
} from '../domain/units/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { unitPolicy, unitSubject } from '../policies/units.ts';
import * as repo from '../repositories/units.ts';
import { type UnitsView, type ViewNode } from './units.ts';

/** Each node's ancestors inside the forest itself. */
function withAncestors(nodes: TreeNode[]): ViewNode[] {
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  return nodes.map((n) => {
    const ancestors: string[] = [];
    let p = n.parentId;
    while (p && parent.has(p) && !ancestors.includes(p)) {
      ancestors.push(p);
      p = parent.get(p) ?? null;
    }
    return { ...n, ancestors };
  });
}

export async function getTree(
  deps: Deps,
  actor: Actor,
  asOf: string | undefined,
): Promise<UnitsView> {
  const date = asOf ?? deps.today();
  const state = await repo.loadTreeOn(deps.db, actor.tenantId, date);
  return { asOf: date, units: withAncestors(treeAsOf(state.units, state.versions, date)), actor };
}

/** Loads one unit of the actor's tenant and checks `action` on it: 404 when absent, 403 when not allowed. */
export async function loadUnitFor(
  deps: Deps,
  actor: Actor,
  id: string,
  action: keyof typeof unitPolicy,
) {
  const found = await repo.findUnit(deps.db, actor.tenantId, id);
  if (!found) throw notFound();
  const unit = {
    ...found,
    ancestors: await repo.ancestorsOf(deps.db, actor.tenantId, id, lastDay(found, deps.today())),
  };
  authorize(unitPolicy, actor, action, unitSubject(actor, unit));
  return unit;
}

export interface UnitDetail {
  unit: Awaited<ReturnType<typeof loadUnitFor>>;
  versions: repo.VersionWithParent[];
  events: (Omit<UnitEvent, 'parties'> & {
    parties: (UnitEvent['parties'][number] & { unitName: string })[];
  })[];
}

export async function getUnit(deps: Deps, actor: Actor, id: string): Promise<UnitDetail> {
  const unit = await loadUnitFor(deps, actor, id, 'read');
  const [versions, events] = await Promise.all([
    repo.versionsOfUnit(deps.db, actor.tenantId, id),
    repo.eventsOfUnit(deps.db, actor.tenantId, id),
  ]);
  const partyIds = [...new Set(events.flatMap((e) => e.parties.map((p) => p.unitId)))];
  const names = nameFinder(await repo.versionsOfUnits(deps.db, actor.tenantId, partyIds));
  return {
    unit,
    versions,
    events: events.map((e) => ({
      ...e,
      // a predecessor is named as it was on its last day, the others as they were from the event on
      parties: e.parties.map((p) => ({
        ...p,
        unitName: names(
          p.unitId,
          p.role === 'predecessor' ? addDays(e.effectiveDate, -1) : e.effectiveDate,
        ),
      })),
    })),
  };
}

/** The name a unit bore on a day (or its nearest name when it did not exist then). */
function nameFinder(versions: UnitVersion[]) {
  const byUnit = new Map<string, UnitVersion[]>();
  for (const v of versions) byUnit.set(v.unitId, [...(byUnit.get(v.unitId) ?? []), v]);
  return (unitId: string, date: string) => {
    const list = byUnit.get(unitId) ?? [];
    return (list.filter((v) => v.validFrom <= date).at(-1) ?? list[0])?.name ?? '';
  };
}

export interface LineageItem extends LineageEntry {
  name: string;
  code: string;
  kind: string;
}

export async function getLineage(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ predecessors: LineageItem[]; successors: LineageItem[] }> {
  await loadUnitFor(deps, actor, id, 'read');
  const found = lineage(id, await repo.lineageEvents(deps.db, actor.tenantId));
  const ids = [...new Set([...found.predecessors, ...found.successors].map((e) => e.unitId))];
  const [units, versions] = await Promise.all([
    repo.findUnits(deps.db, actor.tenantId, ids),
    repo.versionsOfUnits(deps.db, actor.tenantId, ids),
  ]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const names = nameFinder(versions);
  const label = (e: LineageEntry, day: string): LineageItem => ({
    ...e,
    name: names(e.unitId, day),
    code: byId.get(e.unitId)?.code ?? '',
    kind: byId.get(e.unitId)?.kind ?? '',
  });
  return {
    predecessors: found.predecessors.map((e) => label(e, addDays(e.effectiveDate, -1))),
    successors: found.successors.map((e) => label(e, e.effectiveDate)),
  };
}
