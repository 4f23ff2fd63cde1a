import { isIsoDate } from './dates.ts';
import { assertPlanKeepsHistory } from './invariants.ts';
import { checkExistingSuccessor } from './merge.ts';
import { applyPlan, type UnitIndex } from './state.ts';
import { emptyPlan, type EventParty, type PlanContext, type UnitPlan } from './types.ts';
import { checkChangeable, childrenFrom, endUnit, Problems, reparentFrom } from './versions.ts';

export interface DissolveCommand {
  unitId: string;
  effectiveDate: string;
  /** Takes over the dissolved unit's children and records; required when it has children. */
  successorId?: string | null | undefined;
  basis?: string | null | undefined;
}

export function planDissolve(index: UnitIndex, ctx: PlanContext, cmd: DissolveCommand): UnitPlan {
  const problems = new Problems();
  const date = cmd.effectiveDate;
  if (!isIsoDate(date)) problems.add('effectiveDate', 'invalid_date');
  problems.throwIfAny();
  if (!checkChangeable(index, problems, 'unitId', cmd.unitId, date, false)) problems.throwIfAny();
  const children = childrenFrom(index, cmd.unitId, date);
  if (cmd.successorId)
    checkExistingSuccessor(index, problems, 'successorId', cmd.successorId, [cmd.unitId], date);
  else if (children.length)
    problems.add('successorId', 'unit_has_children', { count: children.length });
  problems.throwIfAny();

  const plan = emptyPlan();
  endUnit(index, plan, cmd.unitId, date);
  if (cmd.successorId)
    for (const child of children)
      reparentFrom(index, ctx, plan, child, cmd.unitId, cmd.successorId, date);
  // as in the seed, a unit dissolved without a successor is the event's subject; with one it is a
  // predecessor, so lineage and grant scopes follow its records to the successor
  const parties: EventParty[] = cmd.successorId
    ? [
        { unitId: cmd.unitId, role: 'predecessor', share: null },
        { unitId: cmd.successorId, role: 'successor', share: null },
      ]
    : [{ unitId: cmd.unitId, role: 'subject', share: null }];
  plan.events.push({
    id: ctx.newId(),
    kind: 'dissolve',
    effectiveDate: date,
    basis: cmd.basis ?? null,
    note: null,
    parties,
  });
  assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, date);
  return plan;
}
