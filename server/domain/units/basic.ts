import {
  communeTypes,
  unitKinds,
  type CommuneType,
  type UnitKind,
} from '../../../shared/unit-kinds.ts';
import { isIsoDate } from './dates.ts';
import { assertPlanKeepsHistory } from './invariants.ts';
import { applyPlan, descendantsOn, versionOn, type UnitIndex } from './state.ts';
import { emptyPlan, type PlanContext, type UnitPlan } from './types.ts';
import { changeFrom, checkChangeable, checkReceiver, Problems } from './versions.ts';

export interface CreateCommand {
  code: string;
  kind: string;
  name: string;
  shortName?: string | null | undefined;
  parentId?: string | null | undefined;
  communeType?: string | null | undefined;
  validFrom: string;
  /** A unit recorded after it ended (e.g. a commune of a dissolved district): its end, exclusive. */
  validTo?: string | null | undefined;
  basis?: string | null | undefined;
}

export interface RenameCommand {
  unitId: string;
  name: string;
  /** Omitted keeps the current short name; null clears it. */
  shortName?: string | null | undefined;
  /** Omitted keeps the current commune type; null clears it (e.g. a thị trấn becoming a xã). */
  communeType?: string | null | undefined;
  effectiveDate: string;
  basis?: string | null | undefined;
}

export interface MoveCommand {
  unitId: string;
  parentId: string;
  effectiveDate: string;
  basis?: string | null | undefined;
}

export const isUnitKind = (kind: string): kind is UnitKind =>
  (unitKinds as readonly string[]).includes(kind);

/** A commune type is only for units of kind `commune`, and must be one of the known types. */
export function checkCommuneType(
  problems: Problems,
  field: string,
  kind: string,
  communeType: string | null | undefined,
): void {
  if (communeType === null || communeType === undefined) return;
  if (!(communeTypes as readonly string[]).includes(communeType))
    problems.add(field, 'invalid_option', { options: communeTypes.join(', ') });
  else if (kind !== 'commune') problems.add(field, 'commune_type_not_commune');
}

/** Shared by create and by merge/split successors that are new units. */
export function checkNewUnit(
  index: UnitIndex,
  problems: Problems,
  prefix: string,
  input: { code: string; kind: string; name: string; communeType?: string | null | undefined },
  codesInCommand: Set<string>,
): void {
  const code = input.code.trim();
  if (!code) problems.add(`${prefix}code`, 'required');
  else if (index.unitByCode(code) || codesInCommand.has(code))
    problems.add(`${prefix}code`, 'unit_code_taken', { code });
  codesInCommand.add(code);
  if (!isUnitKind(input.kind))
    problems.add(`${prefix}kind`, 'invalid_option', { options: unitKinds.join(', ') });
  if (!input.name.trim()) problems.add(`${prefix}name`, 'required');
  checkCommuneType(problems, `${prefix}communeType`, input.kind, input.communeType);
}

export function planCreate(index: UnitIndex, ctx: PlanContext, cmd: CreateCommand): UnitPlan {
  const problems = new Problems();
  checkNewUnit(index, problems, '', cmd, new Set());
  const validTo = cmd.validTo ?? null;
  if (!isIsoDate(cmd.validFrom)) problems.add('validFrom', 'invalid_date');
  else if (validTo !== null && !isIsoDate(validTo)) problems.add('validTo', 'invalid_date');
  else if (validTo !== null && validTo <= cmd.validFrom)
    problems.add('validTo', 'date_not_after', { date: cmd.validFrom });
  else if (cmd.parentId)
    // the same check as an imported row's parent: it exists over the new unit's dates
    checkReceiver(index, problems, 'parentId', cmd.parentId, cmd.validFrom, validTo);
  problems.throwIfAny();
  const id = ctx.newId();
  const plan = emptyPlan();
  plan.insertUnits.push({
    id,
    code: cmd.code.trim(),
    kind: cmd.kind as UnitKind,
    validFrom: cmd.validFrom,
    validTo,
  });
  plan.insertVersions.push({
    id: ctx.newId(),
    unitId: id,
    name: cmd.name.trim(),
    shortName: cmd.shortName?.trim() || null,
    parentId: cmd.parentId ?? null,
    communeType: (cmd.communeType as CommuneType | null | undefined) ?? null,
    validFrom: cmd.validFrom,
    validTo,
  });
  plan.events.push({
    id: ctx.newId(),
    kind: 'create',
    effectiveDate: cmd.validFrom,
    basis: cmd.basis ?? null,
    note: null,
    parties: [{ unitId: id, role: 'subject', share: null }],
  });
  assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, cmd.validFrom);
  return plan;
}

export function planRename(index: UnitIndex, ctx: PlanContext, cmd: RenameCommand): UnitPlan {
  const problems = new Problems();
  if (!isIsoDate(cmd.effectiveDate)) problems.add('effectiveDate', 'invalid_date');
  if (!cmd.name.trim()) problems.add('name', 'required');
  problems.throwIfAny();
  if (!checkChangeable(index, problems, 'unitId', cmd.unitId, cmd.effectiveDate, true))
    problems.throwIfAny();
  const current = versionOn(index, cmd.unitId, cmd.effectiveDate)!;
  const name = cmd.name.trim();
  const shortName = cmd.shortName === undefined ? current.shortName : cmd.shortName?.trim() || null;
  const communeType = (
    cmd.communeType === undefined ? (current.communeType ?? null) : cmd.communeType
  ) as CommuneType | null;
  checkCommuneType(problems, 'communeType', index.unit(cmd.unitId)!.kind, cmd.communeType);
  if (
    name === current.name &&
    shortName === current.shortName &&
    communeType === (current.communeType ?? null)
  )
    problems.add('name', 'unit_name_unchanged');
  problems.throwIfAny();
  const plan = changeFrom(index, ctx, cmd.unitId, cmd.effectiveDate, {
    name,
    shortName,
    communeType,
  });
  plan.events.push(subjectEvent(ctx, 'rename', cmd.unitId, cmd.effectiveDate, cmd.basis));
  assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, cmd.effectiveDate);
  return plan;
}

export function planMove(index: UnitIndex, ctx: PlanContext, cmd: MoveCommand): UnitPlan {
  const problems = new Problems();
  if (!isIsoDate(cmd.effectiveDate)) problems.add('effectiveDate', 'invalid_date');
  problems.throwIfAny();
  if (!checkChangeable(index, problems, 'unitId', cmd.unitId, cmd.effectiveDate, true))
    problems.throwIfAny();
  const unit = index.unit(cmd.unitId)!;
  if (
    cmd.parentId === cmd.unitId ||
    descendantsOn(index, cmd.unitId, cmd.effectiveDate).has(cmd.parentId)
  )
    problems.add('parentId', 'move_into_descendant');
  else if (
    checkReceiver(index, problems, 'parentId', cmd.parentId, cmd.effectiveDate, unit.validTo)
  ) {
    if (versionOn(index, cmd.unitId, cmd.effectiveDate)!.parentId === cmd.parentId)
      problems.add('parentId', 'same_parent');
  }
  problems.throwIfAny();
  const plan = changeFrom(index, ctx, cmd.unitId, cmd.effectiveDate, { parentId: cmd.parentId });
  plan.events.push(subjectEvent(ctx, 'move', cmd.unitId, cmd.effectiveDate, cmd.basis));
  assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, cmd.effectiveDate);
  return plan;
}

function subjectEvent(
  ctx: PlanContext,
  kind: 'rename' | 'move',
  unitId: string,
  date: string,
  basis: string | null | undefined,
) {
  return {
    id: ctx.newId(),
    kind,
    effectiveDate: date,
    basis: basis ?? null,
    note: null,
    parties: [{ unitId, role: 'subject' as const, share: null }],
  };
}
