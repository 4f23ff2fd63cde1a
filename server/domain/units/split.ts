import { isIsoDate } from './dates.ts';
import { assertPlanKeepsHistory } from './invariants.ts';
import {
  addNewSuccessor,
  checkExistingSuccessor,
  isExisting,
  type SuccessorInput,
} from './merge.ts';
import { applyPlan, versionOn, type UnitIndex } from './state.ts';
import { emptyPlan, type EventParty, type PlanContext, type UnitPlan } from './types.ts';
import { checkChangeable, childrenFrom, endUnit, Problems, reparentFrom } from './versions.ts';

export interface SplitCommand {
  unitId: string;
  /** New successors are created beside the split unit (under its parent). */
  successors: SuccessorInput[];
  /** Child unit id → index in `successors`; every child of the split unit must be placed. */
  childrenTo?: Record<string, number> | undefined;
  effectiveDate: string;
  basis?: string | null | undefined;
}

/** One → many. The split unit ends; each of its children moves to the successor chosen for it. */
export function planSplit(index: UnitIndex, ctx: PlanContext, cmd: SplitCommand): UnitPlan {
  const problems = new Problems();
  const date = cmd.effectiveDate;
  if (!isIsoDate(date)) problems.add('effectiveDate', 'invalid_date');
  if (cmd.successors.length < 2) problems.add('successors', 'too_few_items', { minimum: 2 });
  problems.throwIfAny();
  if (!checkChangeable(index, problems, 'unitId', cmd.unitId, date, false)) problems.throwIfAny();

  const plan = emptyPlan();
  const preds = [cmd.unitId];
  const parentId = versionOn(index, cmd.unitId, date)?.parentId ?? null;
  const codes = new Set<string>();
  const seen = new Set<string>();
  const successorIds = cmd.successors.map((s, i) => {
    if (!isExisting(s))
      return addNewSuccessor(
        index,
        ctx,
        problems,
        plan,
        `successors.${i}.`,
        { ...s, parentId },
        parentId,
        preds,
        date,
        codes,
      );
    if (seen.has(s.unitId)) problems.add(`successors.${i}.unitId`, 'duplicate_unit');
    seen.add(s.unitId);
    return checkExistingSuccessor(index, problems, `successors.${i}.unitId`, s.unitId, preds, date);
  });
  const placement = placeChildren(index, problems, cmd, successorIds.length);
  problems.throwIfAny();

  endUnit(index, plan, cmd.unitId, date);
  for (const [child, to] of placement)
    reparentFrom(index, ctx, plan, child, cmd.unitId, successorIds[to]!, date);
  const parties: EventParty[] = [
    { unitId: cmd.unitId, role: 'predecessor', share: null },
    ...successorIds.map((unitId, i) => ({
      unitId,
      role: 'successor' as const,
      share: cmd.successors[i]!.share ?? null,
    })),
  ];
  plan.events.push({
    id: ctx.newId(),
    kind: 'split',
    effectiveDate: date,
    basis: cmd.basis ?? null,
    note: null,
    parties,
  });
  assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, date);
  return plan;
}

/** Checks `childrenTo` names exactly the split unit's children and valid successor positions. */
function placeChildren(
  index: UnitIndex,
  problems: Problems,
  cmd: SplitCommand,
  count: number,
): Map<string, number> {
  const children = childrenFrom(index, cmd.unitId, cmd.effectiveDate);
  const given = cmd.childrenTo ?? {};
  const placement = new Map<string, number>();
  for (const [childId, to] of Object.entries(given)) {
    if (!children.includes(childId)) problems.add(`childrenTo.${childId}`, 'not_a_child');
    else if (!Number.isInteger(to) || to < 0 || to >= count)
      problems.add(`childrenTo.${childId}`, 'successor_index_invalid', { maximum: count - 1 });
    else placement.set(childId, to);
  }
  const missing = children.filter((c) => !(c in given));
  if (missing.length)
    problems.add('childrenTo', 'children_not_assigned', { count: missing.length });
  return placement;
}
