import { compareNames } from '../../shared/collation.ts';
import { conflict, invalid, notFound, type FieldProblem } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import { checkValue, checkYear } from '../domain/targets/values.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { targetPolicy, type TargetSubject } from '../policies/targets.ts';
import * as repo from '../repositories/targets.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { getTarget, withKey } from './targets.ts';

/** A province target cascaded to one unit for one year, with that unit's actual. */
export interface AssignmentView extends repo.AssignmentRow {
  unitName: string;
  /** The province target's direction, which the unit's status is judged in. */
  direction: string;
  actual: repo.ActualRow | null;
  subject: TargetSubject;
}

export async function listAssignments(
  deps: Deps,
  actor: Actor,
  code: string,
): Promise<{ subject: TargetSubject; assignments: AssignmentView[] }> {
  const view = await getTarget(deps, actor, code);
  const [rows, actuals] = await Promise.all([
    repo.assignmentsOf(deps.db, actor.tenantId, view.target.id),
    repo.actualsOf(deps.db, actor.tenantId, [view.target.id], true),
  ]);
  const names = await unitNamesOn(
    deps.db,
    actor.tenantId,
    [...new Set(rows.map((r) => r.unitId))],
    deps.today(),
  );
  return {
    subject: view.subject,
    assignments: rows
      .map((r) => ({
        ...r,
        unitName: names.get(r.unitId) ?? '',
        direction: view.target.direction,
        actual: actuals.find((a) => a.unitId === r.unitId && a.year === r.year) ?? null,
        subject: { rootUnitId: view.subject.rootUnitId, unitId: r.unitId, assignedToUnit: true },
      }))
      // by year, then the unit's name
      .sort((a, b) => a.year - b.year || compareNames(a.unitName, b.unitName)),
  };
}

export interface AssignmentInput {
  unitId: string;
  year: number;
  value: number;
  comparator: string;
  /** The version read; required when the unit already has this target for the year. */
  version?: number | undefined;
}

/**
 * Cascades a target to a unit for a year. Changing an existing (unit, year) needs the
 * version read: a missing or stale one answers 409, as for actuals.
 */
export async function assignTarget(
  deps: Deps,
  actor: Actor,
  code: string,
  input: AssignmentInput,
): Promise<AssignmentView> {
  const target = await repo.findTargetByCode(deps.db, actor.tenantId, code);
  if (!target) throw notFound();
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  authorize(targetPolicy, actor, 'assign', { rootUnitId, unitId: null, assignedToUnit: false });
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], deps.today());
  const problems: Record<string, FieldProblem> = {
    ...withKey('value', checkValue(target.measure, input.value)),
    ...withKey('year', checkYear(input.year, target.startYear, target.endYear)),
    ...(names.has(input.unitId) ? {} : { unitId: { key: 'unit_not_found' as const } }),
    ...(input.unitId === rootUnitId
      ? { unitId: { key: 'target_assign_to_province' as const } }
      : {}),
  };
  if (Object.keys(problems).length) throw invalid(problems);
  const at = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const { unitId, year } = input;
    const existing = await repo.findAssignment(tx, actor.tenantId, target.id, unitId, year);
    if (existing ? input.version !== existing.version : input.version !== undefined)
      throw conflict();
    const changes = {
      value: String(input.value),
      comparator: input.comparator,
      assignedBy: actor.id,
      assignedAt: at,
    };
    const saved = existing
      ? await repo.updateAssignment(tx, actor.tenantId, existing.id, existing.version, changes)
      : await repo.insertAssignment(tx, {
          id: deps.newId(),
          tenantId: actor.tenantId,
          targetId: target.id,
          unitId,
          year,
          ...changes,
        });
    if (!saved) throw conflict();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: existing ? 'target.assignment.update' : 'target.assignment.create',
      entityType: 'target_assignment',
      entityId: saved.id,
      before: existing ?? null,
      after: { ...saved, targetCode: target.code },
    });
    return saved;
  });
  const actual = await repo.findActual(deps.db, actor.tenantId, target.id, row.unitId, row.year);
  return {
    ...row,
    unitName: names.get(input.unitId) ?? '',
    direction: target.direction,
    actual: actual ? { ...actual, enteredByName: null } : null,
    subject: { rootUnitId, unitId: row.unitId, assignedToUnit: true },
  };
}
