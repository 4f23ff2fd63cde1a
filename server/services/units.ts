import { forbidden, notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import {
  ancestorsOn,
  applyPlan,
  indexState,
  lastDay,
  nodeOnOrBefore,
  planCreate,
  planMove,
  planRename,
  type CreateCommand,
  type TreeNode,
  type UnitIndex,
  type UnitPlan,
} from '../domain/units/index.ts';
import { hasRole, type Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import {
  canCreateTopLevel,
  restructurePolicy,
  unitPolicy,
  type HistoricalUnit,
  type UnitSubject,
} from '../policies/units.ts';
import { findRootUnitId } from '../repositories/unit-names.ts';
import * as repo from '../repositories/units.ts';
import { recordAudit } from './audit.ts';

export const today = (deps: Deps) => deps.clock().toISOString().slice(0, 10);
export const subjectOf = (
  actor: Actor,
  node: Pick<TreeNode, 'id' | 'validTo'> & { ancestors: readonly string[] },
): UnitSubject => ({
  id: node.id,
  tenantId: actor.tenantId,
  validTo: node.validTo,
  ancestors: node.ancestors,
});

/** A unit of the index with its ancestors on the day it is judged by (see HistoricalUnit). */
export function historicalIn(index: UnitIndex, unitId: string, day: string): HistoricalUnit {
  const unit = index.unit(unitId);
  return { id: unitId, ancestors: unit ? ancestorsOn(index, unitId, lastDay(unit, day)) : [] };
}

export type ViewNode = TreeNode & { ancestors: readonly string[] };

/** Units in tree shape as of a day, with what their abilities are judged by. */
export interface UnitsView {
  asOf: string;
  units: ViewNode[];
  actor: Actor;
}

/** What a write needs besides the planner: its audit action, the unit it is about, and the units to show afterwards. */
export interface WriteSpec {
  action: string;
  date: string;
  /** Throws 404/403; runs on the locked, freshly loaded tree. */
  authorize: (index: UnitIndex) => void | Promise<void>;
  plan: (index: UnitIndex) => UnitPlan;
  /** The unit the audit entry is about and the units returned, given the plan. */
  subject: (plan: UnitPlan) => { entityId: string; show: string[] };
}

/**
 * Every tree write: lock the tenant's tree, load it, authorize, plan, write the rows and
 * one audit entry (changed rows before → rows written) in a single transaction.
 */
export async function runUnitWrite(deps: Deps, actor: Actor, spec: WriteSpec): Promise<UnitsView> {
  const day = today(deps);
  const { plan, after } = await deps.db.transaction(async (tx) => {
    await repo.lockUnitTree(tx, actor.tenantId);
    const state = await repo.loadUnitState(tx, actor.tenantId);
    const index = indexState(state);
    await spec.authorize(index);
    const plan = spec.plan(index);
    await repo.writePlan(tx, actor.tenantId, plan);
    const { entityId } = spec.subject(plan);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: { id: actor.id, name: actor.username },
      at: deps.clock(),
      action: spec.action,
      entityType: 'unit',
      entityId,
      before: rowsBefore(index, plan),
      after: plan,
    });
    return { plan, after: indexState(applyPlan(state, plan)) };
  });
  const units = spec.subject(plan).show.flatMap((id) => {
    const node = nodeOnOrBefore(after, id, spec.date);
    return node ? [{ ...node, ancestors: historicalIn(after, id, day).ancestors }] : [];
  });
  return { asOf: spec.date, units, actor };
}

/** The stored rows a plan changes, as they were. */
function rowsBefore(index: UnitIndex, plan: UnitPlan) {
  const versionIds = new Set(plan.updateVersions.map((v) => v.id));
  return {
    units: plan.endUnits.map((e) => index.unit(e.id)),
    versions: index.state.versions.filter((v) => versionIds.has(v.id)),
  };
}

/** Admin on every existing unit among `ids`; unknown ids are left for the planner to report as field errors. */
export function authorizeRestructure(
  actor: Actor,
  index: UnitIndex,
  day: string,
  ids: readonly (string | null | undefined)[],
): void {
  const known = ids.filter((id): id is string => !!id && !!index.unit(id));
  const allowed = known.length
    ? restructurePolicy.restructure(actor, {
        tenantId: actor.tenantId,
        units: known.map((id) => historicalIn(index, id, day)),
      })
    : hasRole(actor, 'admin');
  if (!allowed) throw forbidden();
}

/** 404 when the unit is not the tenant's, 403 when the action is not allowed on it. */
export function authorizeOn(
  actor: Actor,
  index: UnitIndex,
  day: string,
  id: string,
  action: keyof typeof unitPolicy,
) {
  const unit = index.unit(id);
  if (!unit) throw notFound();
  authorize(
    unitPolicy,
    actor,
    action,
    subjectOf(actor, { ...unit, ancestors: historicalIn(index, id, day).ancestors }),
  );
}

/**
 * Whether the actor may create a unit under `parentId` (null: at the top): the one rule of the
 * create form and the Excel import. The parent may have ended; the planners then check that it
 * exists over the new unit's dates (checkReceiver).
 */
export function mayCreateUnder(
  actor: Actor,
  index: UnitIndex,
  day: string,
  parentId: string | null,
  rootUnitId: string | undefined,
): boolean {
  if (parentId === null) return canCreateTopLevel(actor, rootUnitId);
  const parent = index.unit(parentId);
  return (
    !!parent &&
    unitPolicy.createChild(
      actor,
      subjectOf(actor, { ...parent, ancestors: historicalIn(index, parentId, day).ancestors }),
    )
  );
}

export async function createUnit(deps: Deps, actor: Actor, cmd: CreateCommand): Promise<UnitsView> {
  const rootUnitId = cmd.parentId ? undefined : await findRootUnitId(deps.db, actor.tenantId);
  return runUnitWrite(deps, actor, {
    action: 'unit.create',
    date: cmd.validFrom,
    authorize: (index) => {
      if (cmd.parentId && !index.unit(cmd.parentId)) return; // the planner answers parentId: unit_not_found
      if (!mayCreateUnder(actor, index, today(deps), cmd.parentId ?? null, rootUnitId))
        throw forbidden();
    },
    plan: (index) => planCreate(index, deps, cmd),
    subject: (plan) => ({ entityId: plan.insertUnits[0]!.id, show: [plan.insertUnits[0]!.id] }),
  });
}

export async function renameUnit(
  deps: Deps,
  actor: Actor,
  id: string,
  input: {
    name: string;
    shortName?: string | null | undefined;
    communeType?: string | null | undefined;
    effectiveDate: string;
    basis?: string | null | undefined;
  },
): Promise<UnitsView> {
  return runUnitWrite(deps, actor, {
    action: 'unit.rename',
    date: input.effectiveDate,
    authorize: (index) => authorizeOn(actor, index, today(deps), id, 'rename'),
    plan: (index) => planRename(index, deps, { ...input, unitId: id }),
    subject: () => ({ entityId: id, show: [id] }),
  });
}

/** Moving needs admin over the unit and over its new parent. */
export async function moveUnit(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { parentId: string; effectiveDate: string; basis?: string | null | undefined },
): Promise<UnitsView> {
  return runUnitWrite(deps, actor, {
    action: 'unit.move',
    date: input.effectiveDate,
    authorize: (index) => {
      authorizeOn(actor, index, today(deps), id, 'move');
      authorizeRestructure(actor, index, today(deps), [id, input.parentId]);
    },
    plan: (index) => planMove(index, deps, { ...input, unitId: id }),
    subject: () => ({ entityId: id, show: [id] }),
  });
}
