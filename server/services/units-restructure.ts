import type { Deps } from '../deps.ts';
import {
  isExisting,
  planDissolve,
  planMerge,
  planSplit,
  versionOn,
  type MergeCommand,
  type SplitCommand,
  type UnitIndex,
} from '../domain/units/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorizeOn, authorizeRestructure } from '../policies/units.ts';
import { runUnitWrite, type UnitsView } from './units.ts';

/** The parent a new merge successor will get when none is named: as the planner defaults it. */
function parentOfNewSuccessor(index: UnitIndex, cmd: MergeCommand): string | null | undefined {
  if (isExisting(cmd.successor)) return undefined;
  if (cmd.successor.parentId !== undefined) return cmd.successor.parentId;
  const first = cmd.predecessorIds[0];
  return first ? versionOn(index, first, cmd.effectiveDate)?.parentId : undefined;
}

/** Many → one; the admin must cover every predecessor, the successor and a new successor's parent. */
export async function mergeUnits(deps: Deps, actor: Actor, cmd: MergeCommand): Promise<UnitsView> {
  return runUnitWrite(deps, actor, {
    action: 'unit.merge',
    date: cmd.effectiveDate,
    authorize: (index) =>
      authorizeRestructure(actor, index, deps.today(), [
        ...cmd.predecessorIds,
        isExisting(cmd.successor) ? cmd.successor.unitId : parentOfNewSuccessor(index, cmd),
      ]),
    plan: (index) => planMerge(index, deps, cmd),
    subject: (plan) => {
      const successor = plan.events[0]!.parties.find((p) => p.role === 'successor')!.unitId;
      return { entityId: successor, show: [successor, ...cmd.predecessorIds] };
    },
  });
}

/** One → many; new successors sit beside the split unit, so its parent must be covered too. */
export async function splitUnit(
  deps: Deps,
  actor: Actor,
  id: string,
  input: Omit<SplitCommand, 'unitId'>,
): Promise<UnitsView> {
  return runUnitWrite(deps, actor, {
    action: 'unit.split',
    date: input.effectiveDate,
    authorize: (index) => {
      authorizeOn(actor, index, deps.today(), id, 'read');
      const existing = input.successors.flatMap((s) => (isExisting(s) ? [s.unitId] : []));
      const parent = input.successors.some((s) => !isExisting(s))
        ? versionOn(index, id, input.effectiveDate)?.parentId
        : undefined;
      authorizeRestructure(actor, index, deps.today(), [id, ...existing, parent]);
    },
    plan: (index) => planSplit(index, deps, { ...input, unitId: id }),
    subject: (plan) => ({
      entityId: id,
      show: [
        ...plan.events[0]!.parties.filter((p) => p.role === 'successor').map((p) => p.unitId),
        id,
      ],
    }),
  });
}

/** Ends a unit; its children and records pass to `successorId` when given (which must then be covered too). */
export async function dissolveUnit(
  deps: Deps,
  actor: Actor,
  id: string,
  input: {
    effectiveDate: string;
    successorId?: string | null | undefined;
    basis?: string | null | undefined;
  },
): Promise<UnitsView> {
  return runUnitWrite(deps, actor, {
    action: 'unit.dissolve',
    date: input.effectiveDate,
    authorize: (index) => {
      authorizeOn(actor, index, deps.today(), id, 'dissolve');
      authorizeRestructure(actor, index, deps.today(), [id, input.successorId]);
    },
    plan: (index) => planDissolve(index, deps, { ...input, unitId: id }),
    subject: () => ({ entityId: id, show: input.successorId ? [id, input.successorId] : [id] }),
  });
}
