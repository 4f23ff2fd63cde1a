import { conflict, invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { checkValue, checkYear } from '../domain/targets/values.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { targetPolicy, type TargetSubject } from '../policies/targets.ts';
import * as repo from '../repositories/targets.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';

/** A target with everything its status needs, and whose policy subject it is. */
export interface TargetView {
  target: repo.TargetRow;
  values: repo.TargetValueRow[];
  actuals: repo.ActualRow[];
  subject: TargetSubject;
}

async function viewsOf(
  deps: Deps,
  tenantId: string,
  targets: repo.TargetRow[],
  rootUnitId: string,
): Promise<TargetView[]> {
  const ids = targets.map((t) => t.id);
  const [values, actuals] = await Promise.all([
    repo.valuesOf(deps.db, tenantId, ids),
    repo.actualsOf(deps.db, tenantId, ids),
  ]);
  return targets.map((target) => ({
    target,
    values: values.filter((v) => v.targetId === target.id),
    actuals: actuals.filter((a) => a.targetId === target.id),
    subject: { rootUnitId, unitId: null, assignedToUnit: false },
  }));
}

/** Every province target of the actor's tenant with its province-wide actuals. */
export async function listTargets(deps: Deps, actor: Actor): Promise<TargetView[]> {
  const [targets, root] = await Promise.all([
    repo.listTargets(deps.db, actor.tenantId),
    rootOf(deps.db, actor.tenantId),
  ]);
  return viewsOf(deps, actor.tenantId, targets, root);
}

export async function getTarget(deps: Deps, actor: Actor, code: string): Promise<TargetView> {
  const target = await repo.findTargetByCode(deps.db, actor.tenantId, code);
  if (!target) throw notFound();
  const [view] = await viewsOf(
    deps,
    actor.tenantId,
    [target],
    await rootOf(deps.db, actor.tenantId),
  );
  authorize(targetPolicy, actor, 'read', view!.subject);
  return view!;
}

/** The plan is public: the tenant's targets with their province-wide actuals, no sign-in. */
export async function listPublicTargets(deps: Deps, tenantId: string): Promise<TargetView[]> {
  const targets = await repo.listTargets(deps.db, tenantId);
  return viewsOf(deps, tenantId, targets, '');
}

export interface ActualInput {
  value: number;
  source: string;
  evidence?: string | undefined;
  version?: number | undefined;
  unitId?: string | undefined;
}

/**
 * Enters (or corrects) a target's value for a year. Correcting needs the version read:
 * a missing or stale one answers 409, so two people never overwrite each other silently.
 */
export async function enterActual(
  deps: Deps,
  actor: Actor,
  code: string,
  year: number,
  input: ActualInput,
): Promise<TargetView> {
  const target = await repo.findTargetByCode(deps.db, actor.tenantId, code);
  if (!target) throw notFound();
  const unitId = input.unitId ?? null;
  const assignment = unitId
    ? await repo.findAssignment(deps.db, actor.tenantId, target.id, unitId, year)
    : undefined;
  const subject: TargetSubject = {
    rootUnitId: await rootOf(deps.db, actor.tenantId),
    unitId,
    assignedToUnit: assignment !== undefined,
  };
  authorize(targetPolicy, actor, 'enterActual', subject);
  const problems: Record<string, FieldProblem> = {
    ...withKey('value', checkValue(target.measure, input.value)),
    ...withKey('year', checkYear(year, target.startYear, target.endYear)),
    ...(unitId && !assignment
      ? { unitId: { key: 'target_unit_not_assigned' as const, params: { year } } }
      : {}),
  };
  if (Object.keys(problems).length) throw invalid(problems);

  const at = deps.clock();
  await deps.db.transaction(async (tx) => {
    const existing = await repo.findActual(tx, actor.tenantId, target.id, unitId, year);
    const changes = {
      value: String(input.value),
      source: input.source,
      evidence: input.evidence || null,
      enteredBy: actor.id,
      enteredAt: at,
    };
    let after;
    if (existing) {
      if (input.version === undefined) throw conflict();
      after = await repo.updateActualVersioned(
        tx,
        actor.tenantId,
        existing.id,
        input.version,
        changes,
      );
      if (!after) throw conflict();
    } else {
      // Nothing to be stale against yet; a version sent for a new row means it was deleted.
      if (input.version !== undefined) throw conflict();
      after = await repo.insertActual(tx, {
        id: deps.newId(),
        tenantId: actor.tenantId,
        targetId: target.id,
        unitId,
        year,
        ...changes,
      });
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: existing ? 'target.actual.update' : 'target.actual.create',
      entityType: 'target_actual',
      entityId: after.id,
      before: existing ?? null,
      after: { ...after, targetCode: target.code },
    });
  });
  return getTarget(deps, actor, code);
}

export function withKey(key: string, problem: FieldProblem | null): Record<string, FieldProblem> {
  return problem ? { [key]: problem } : {};
}
