import { isIsoDate } from './dates.ts';
import { normalizeDate, type RowError } from './import.ts';
import { assertPlanKeepsHistory } from './invariants.ts';
import { applyPlan, indexState, isActive, mergePlans, type UnitIndex } from './state.ts';
import { emptyPlan, type PlanContext, type UnitPlan } from './types.ts';
import {
  checkChangeable,
  childrenFrom,
  endUnit,
  insideAny,
  Problems,
  reparentFrom,
} from './versions.ts';

/** One line of the successor mapping: old unit → the unit that took it over, from a date. */
export interface SuccessionRow {
  row: number;
  oldCode: string;
  successorCode: string;
  effectiveDate: string;
  share: string;
}

export interface SuccessionOutcome {
  total: number;
  validRows: number[];
  /** Rows that add a new link (valid rows minus links already recorded). */
  createdRows: number[];
  errors: RowError[];
  plan: UnitPlan;
}

interface Link {
  row: number;
  predId: string;
  succId: string;
  date: string;
  share: string | null;
}

/**
 * Turns the mapping into one merge event per (successor, date). A predecessor still active
 * that day is ended and its children pass to the successor; one that already ended exactly
 * that day (e.g. by the seed's reorganisation) is only linked, so the office can record
 * which old communes formed each new one after the fact. Links already recorded are skipped.
 */
export function planSuccessionImport(
  index: UnitIndex,
  ctx: PlanContext,
  rows: readonly SuccessionRow[],
  existingLinks: ReadonlySet<string>,
  mayRestructure: (unitIds: string[]) => boolean,
): SuccessionOutcome {
  const errors: RowError[] = [];
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const problems = new Problems();
    const link = readRow(index, problems, r, mayRestructure);
    const key = link && `${link.predId}>${link.succId}`;
    if (key && seen.has(key)) problems.add('oldCode', 'duplicate_in_file', { code: r.oldCode });
    if (key) seen.add(key);
    if (problems.any || !link)
      for (const [field, p] of Object.entries(problems.fields))
        errors.push({ row: r.row, field, ...p });
    else links.push(link);
  }
  const groups = new Map<string, Link[]>();
  for (const l of links) {
    const key = `${l.succId}|${l.date}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  let plan = emptyPlan();
  let current = index;
  const createdRows: number[] = [];
  const validRows = new Set(links.map((l) => l.row));
  for (const group of groups.values()) {
    const fresh = group.filter((l) => !existingLinks.has(`${l.predId}>${l.succId}`));
    const failed = checkGroup(current, fresh);
    for (const e of failed) {
      validRows.delete(e.row);
      errors.push(e);
    }
    const ok = fresh.filter((l) => !failed.some((e) => e.row === l.row));
    if (!ok.length) continue;
    const step = planGroup(current, ctx, ok);
    plan = mergePlans(plan, step);
    current = indexState(applyPlan(current.state, step));
    createdRows.push(...ok.map((l) => l.row));
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    total: rows.length,
    validRows: [...validRows].sort((a, b) => a - b),
    createdRows,
    errors,
    plan,
  };
}

function readRow(
  index: UnitIndex,
  problems: Problems,
  r: SuccessionRow,
  mayRestructure: (ids: string[]) => boolean,
): Link | undefined {
  const pred = r.oldCode ? index.unitByCode(r.oldCode) : undefined;
  const succ = r.successorCode ? index.unitByCode(r.successorCode) : undefined;
  if (!r.oldCode) problems.add('oldCode', 'required');
  else if (!pred) problems.add('oldCode', 'unit_code_not_found', { code: r.oldCode });
  if (!r.successorCode) problems.add('successorCode', 'required');
  else if (!succ) problems.add('successorCode', 'unit_code_not_found', { code: r.successorCode });
  const date = normalizeDate(r.effectiveDate);
  if (!date || !isIsoDate(date))
    problems.add('effectiveDate', r.effectiveDate ? 'invalid_date' : 'required');
  if (!pred || !succ || !date) return undefined;
  if (pred.id === succ.id) problems.add('successorCode', 'successor_is_predecessor');
  else if (!mayRestructure([pred.id, succ.id])) problems.add('oldCode', 'forbidden');
  return problems.any
    ? undefined
    : { row: r.row, predId: pred.id, succId: succ.id, date, share: r.share || null };
}

/** Row errors for links that cannot be recorded against the state so far. */
function checkGroup(index: UnitIndex, group: readonly Link[]): RowError[] {
  const errors: RowError[] = [];
  const preds = group.map((l) => l.predId);
  for (const l of group) {
    const problems = new Problems();
    const pred = index.unit(l.predId)!;
    const succ = index.unit(l.succId)!;
    if (!isActive(succ, l.date)) problems.add('successorCode', 'unit_not_active');
    else if (insideAny(index, l.succId, preds, l.date))
      problems.add('successorCode', 'successor_inside_predecessor');
    if (isActive(pred, l.date))
      checkChangeable(index, problems, 'oldCode', l.predId, l.date, false);
    else if (pred.validTo !== l.date)
      problems.add('effectiveDate', pred.validTo ? 'predecessor_end_mismatch' : 'unit_not_active', {
        code: pred.code,
        date: pred.validTo,
      });
    for (const [field, p] of Object.entries(problems.fields))
      errors.push({ row: l.row, field, ...p });
  }
  return errors;
}

function planGroup(index: UnitIndex, ctx: PlanContext, group: readonly Link[]): UnitPlan {
  const plan = emptyPlan();
  const { succId, date } = group[0]!;
  const preds = group.map((l) => l.predId);
  for (const predId of preds) {
    if (!isActive(index.unit(predId)!, date)) continue;
    endUnit(index, plan, predId, date);
    for (const child of childrenFrom(index, predId, date))
      if (!preds.includes(child)) reparentFrom(index, ctx, plan, child, predId, succId, date);
  }
  plan.events.push({
    id: ctx.newId(),
    kind: 'merge',
    effectiveDate: date,
    basis: null,
    note: null,
    parties: [
      ...group.map((l) => ({ unitId: l.predId, role: 'predecessor' as const, share: l.share })),
      { unitId: succId, role: 'successor' as const, share: null },
    ],
  });
  assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, date);
  return plan;
}
