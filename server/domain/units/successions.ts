import { isIsoDate } from './dates.ts';
import { normalizeDate, type RowError } from './import.ts';
import { assertPlanKeepsHistory } from './invariants.ts';
import { matchUnit, type NameAliases } from './name-match.ts';
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
  /** Places of predecessors in unverified events that the new links replace (ADR 0021). */
  superseded: { eventId: string; predId: string }[];
}

/** A predecessor's place in an unverified merge event, e.g. the seeded 2025 commune mapping. */
export interface ProvisionalLink {
  eventId: string;
  predId: string;
  succId: string;
  date: string;
}

export interface SuccessionOptions {
  /** Spelling variants accepted where a cell names a unit instead of giving its code. */
  aliases?: NameAliases | undefined;
  /**
   * Unverified links: not counted as recorded. The file is taken as the truth for each
   * predecessor and each successor it names on a day: their unverified links that day go.
   */
  provisional?: readonly ProvisionalLink[] | undefined;
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
 * A cell may give a unit's code or its name (as it was that day). The office's links are
 * verified and replace the unverified ones of the predecessors and successors they name.
 */
export function planSuccessionImport(
  index: UnitIndex,
  ctx: PlanContext,
  rows: readonly SuccessionRow[],
  existingLinks: ReadonlySet<string>,
  mayRestructure: (unitIds: string[]) => boolean,
  options: SuccessionOptions = {},
): SuccessionOutcome {
  const errors: RowError[] = [];
  const links: Link[] = [];
  const seen = new Set<string>();
  const aliases = options.aliases ?? [];
  for (const r of rows) {
    const problems = new Problems();
    const link = readRow(index, aliases, problems, r, mayRestructure);
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
  const superseded = new Map<string, { eventId: string; predId: string }>();
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
    const preds = new Set(ok.map((l) => l.predId));
    const { succId, date } = ok[0]!;
    for (const p of options.provisional ?? [])
      if (p.date === date && (preds.has(p.predId) || p.succId === succId))
        superseded.set(`${p.eventId}>${p.predId}`, { eventId: p.eventId, predId: p.predId });
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
    superseded: [...superseded.values()],
  };
}

function readRow(
  index: UnitIndex,
  aliases: NameAliases,
  problems: Problems,
  r: SuccessionRow,
  mayRestructure: (ids: string[]) => boolean,
): Link | undefined {
  const date = normalizeDate(r.effectiveDate);
  if (!date || !isIsoDate(date))
    problems.add('effectiveDate', r.effectiveDate ? 'invalid_date' : 'required');
  const find = (field: 'oldCode' | 'successorCode', endedOn: boolean) => {
    const cell = r[field];
    if (!cell) return void problems.add(field, 'required');
    // without a valid date a name cannot be placed in time: only a code can match
    const found = date
      ? matchUnit(index, aliases, cell, date, { endedOn })
      : index.unitByCode(cell)
        ? { unit: index.unitByCode(cell)! }
        : { none: true as const };
    if ('unit' in found) return found.unit;
    if ('ambiguous' in found)
      problems.add(field, 'unit_name_ambiguous', {
        name: cell,
        codes: found.ambiguous.map((u) => u.code).join(', '),
      });
    else problems.add(field, 'unit_code_or_name_not_found', { code: cell });
    return undefined;
  };
  const pred = find('oldCode', true);
  const succ = find('successorCode', false);
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
