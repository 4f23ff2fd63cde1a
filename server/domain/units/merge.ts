import type { CommuneType, UnitKind } from '../../../shared/unit-kinds.ts';
import { checkNewUnit } from './basic.ts';
import { isIsoDate } from './dates.ts';
import { assertPlanKeepsHistory } from './invariants.ts';
import { applyPlan, versionOn, type UnitIndex } from './state.ts';
import { emptyPlan, type EventParty, type PlanContext, type UnitPlan } from './types.ts';
import {
  checkChangeable,
  checkReceiver,
  childrenFrom,
  endUnit,
  insideAny,
  Problems,
  reparentFrom,
} from './versions.ts';

/** A successor that already exists (and continues), or one the event creates. */
export type SuccessorInput =
  | { unitId: string; share?: string | null | undefined }
  | {
      code: string;
      kind: string;
      name: string;
      shortName?: string | null | undefined;
      parentId?: string | null | undefined;
      communeType?: string | null | undefined;
      share?: string | null | undefined;
    };

export interface MergeCommand {
  predecessorIds: string[];
  successor: SuccessorInput;
  effectiveDate: string;
  basis?: string | null | undefined;
}

export const isExisting = (s: SuccessorInput): s is { unitId: string; share?: string | null } =>
  'unitId' in s;

/** Predecessors must be distinct units that exist up to the day before and have no later change. */
export function checkPredecessors(
  index: UnitIndex,
  problems: Problems,
  field: string,
  ids: readonly string[],
  date: string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const f = `${field}.${i}`;
    if (seen.has(id)) problems.add(f, 'duplicate_unit');
    seen.add(id);
    checkChangeable(index, problems, f, id, date, false);
  });
}

/** Many → one. Children of the merged units move to the successor on the effective date. */
export function planMerge(index: UnitIndex, ctx: PlanContext, cmd: MergeCommand): UnitPlan {
  const problems = new Problems();
  const date = cmd.effectiveDate;
  if (!isIsoDate(date)) problems.add('effectiveDate', 'invalid_date');
  problems.throwIfAny();
  const preds = cmd.predecessorIds;
  const minimum = isExisting(cmd.successor) ? 1 : 2;
  if (preds.length < minimum) problems.add('predecessorIds', 'too_few_items', { minimum });
  checkPredecessors(index, problems, 'predecessorIds', preds, date);
  problems.throwIfAny();

  const plan = emptyPlan();
  const successorId = isExisting(cmd.successor)
    ? checkExistingSuccessor(index, problems, 'successor.unitId', cmd.successor.unitId, preds, date)
    : addNewSuccessor(
        index,
        ctx,
        problems,
        plan,
        'successor.',
        cmd.successor,
        defaultParent(index, preds, date),
        preds,
        date,
      );
  problems.throwIfAny();

  for (const pred of preds) {
    endUnit(index, plan, pred, date);
    for (const child of childrenFrom(index, pred, date))
      if (!preds.includes(child)) reparentFrom(index, ctx, plan, child, pred, successorId, date);
  }
  const parties: EventParty[] = [
    ...preds.map((unitId) => ({ unitId, role: 'predecessor' as const, share: null })),
    { unitId: successorId, role: 'successor', share: cmd.successor.share ?? null },
  ];
  plan.events.push({
    id: ctx.newId(),
    kind: 'merge',
    effectiveDate: date,
    basis: cmd.basis ?? null,
    note: null,
    parties,
  });
  assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, date);
  return plan;
}

/** The first predecessor's nearest ancestor that is not itself merged away (or inside one that is). */
function defaultParent(index: UnitIndex, preds: readonly string[], date: string): string | null {
  let parent = preds[0] ? (versionOn(index, preds[0], date)?.parentId ?? null) : null;
  for (let hops = 0; parent && insideAny(index, parent, preds, date) && hops < 1000; hops++)
    parent = versionOn(index, parent, date)?.parentId ?? null;
  return parent;
}

export function checkExistingSuccessor(
  index: UnitIndex,
  problems: Problems,
  field: string,
  unitId: string,
  preds: readonly string[],
  date: string,
): string {
  if (preds.includes(unitId)) problems.add(field, 'successor_is_predecessor');
  else if (
    checkReceiver(index, problems, field, unitId, date, index.unit(unitId)?.validTo ?? null) &&
    insideAny(index, unitId, preds, date)
  ) {
    problems.add(field, 'successor_inside_predecessor');
  }
  return unitId;
}

/** Adds a successor created by the event under `parentId` (which must outlive the merge). */
export function addNewSuccessor(
  index: UnitIndex,
  ctx: PlanContext,
  problems: Problems,
  plan: UnitPlan,
  prefix: string,
  input: Exclude<SuccessorInput, { unitId: string }>,
  fallbackParent: string | null,
  preds: readonly string[],
  date: string,
  codes: Set<string> = new Set(),
): string {
  checkNewUnit(index, problems, prefix, input, codes);
  const parentId = input.parentId === undefined ? fallbackParent : input.parentId;
  if (parentId) {
    if (insideAny(index, parentId, preds, date))
      problems.add(`${prefix}parentId`, 'successor_inside_predecessor');
    else checkReceiver(index, problems, `${prefix}parentId`, parentId, date, null);
  }
  const id = ctx.newId();
  plan.insertUnits.push({
    id,
    code: input.code.trim(),
    kind: input.kind as UnitKind,
    validFrom: date,
    validTo: null,
  });
  plan.insertVersions.push({
    id: ctx.newId(),
    unitId: id,
    name: input.name.trim(),
    shortName: input.shortName?.trim() || null,
    parentId,
    communeType: (input.communeType as CommuneType | null | undefined) ?? null,
    validFrom: date,
    validTo: null,
  });
  return id;
}
