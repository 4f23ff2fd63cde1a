import type { Deps } from '../deps.ts';
import {
  applyPlan,
  indexState,
  nodeOnOrBefore,
  planCreate,
  planMove,
  planRename,
  type CreateCommand,
  type TreeNode,
  type UnitIndex,
  type UnitPlan,
} from '../domain/units/index.ts';
import type { Actor } from '../policies/actor.ts';
import {
  authorizeCreate,
  authorizeOn,
  authorizeRestructure,
  historicalIn,
} from '../policies/units.ts';
import { rootOf } from '../repositories/unit-names.ts';
import * as repo from '../repositories/units.ts';
import { auditActor, recordAudit } from './audit.ts';

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
  const day = deps.today();
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
      actor: auditActor(actor),
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

export async function createUnit(deps: Deps, actor: Actor, cmd: CreateCommand): Promise<UnitsView> {
  const rootUnitId = cmd.parentId ? undefined : await rootOf(deps.db, actor.tenantId);
  return runUnitWrite(deps, actor, {
    action: 'unit.create',
    date: cmd.validFrom,
    authorize: (index) => authorizeCreate(actor, index, deps.today(), cmd.parentId, rootUnitId),
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
    authorize: (index) => authorizeOn(actor, index, deps.today(), id, 'rename'),
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
      authorizeOn(actor, index, deps.today(), id, 'move');
      authorizeRestructure(actor, index, deps.today(), [id, input.parentId]);
    },
    plan: (index) => planMove(index, deps, { ...input, unitId: id }),
    subject: () => ({ entityId: id, show: [id] }),
  });
}
