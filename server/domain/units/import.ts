import type { FieldProblem } from '../../../shared/errors.ts';
import { unitKinds, type UnitKind } from '../../../shared/unit-kinds.ts';
import { isUnitKind } from './basic.ts';
import { isIsoDate } from './dates.ts';
import { assertPlanKeepsHistory } from './invariants.ts';
import { applyPlan, type UnitIndex } from './state.ts';
import { emptyPlan, type PlanContext, type UnitPlan } from './types.ts';
import { checkReceiver, Problems } from './versions.ts';

/** A spreadsheet row as read: trimmed text, dates already ISO when the cell was a date. */
export interface UnitImportRow {
  row: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string;
  validFrom: string;
  shortName: string;
  /** Optional end (exclusive), so units that no longer exist (old communes) can be imported as history. */
  validTo: string;
}

export interface RowError extends FieldProblem {
  row: number;
  field: string;
}

export interface ImportOutcome {
  total: number;
  /** Rows without errors, in file order. */
  validRows: number[];
  errors: RowError[];
  /** Creates for the valid rows only. */
  plan: UnitPlan;
}

export const codeMax = 50;
export const nameMax = 300;

/** Reads 'YYYY-MM-DD' or Vietnamese day-first dates ('1/7/2025', '01-07-2025', '01.07.2025'). */
export function normalizeDate(raw: string): string | undefined {
  const text = raw.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

interface FileUnit {
  id: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * Validates unit rows against the stored tree and against earlier rows of the same file
 * (a parent may be a row above), and plans the creates of the rows that pass. A row whose
 * parent row failed fails too, so `import_valid` never writes an orphan.
 */
export function planUnitImport(
  index: UnitIndex,
  ctx: PlanContext,
  rows: readonly UnitImportRow[],
  mayCreateUnder: (parentId: string | null) => boolean,
): ImportOutcome {
  const plan = emptyPlan();
  const errors: RowError[] = [];
  const validRows: number[] = [];
  const fileCodes = new Map<string, FileUnit | 'invalid'>();
  for (const r of rows) {
    const problems = new Problems();
    const validFrom = normalizeDate(r.validFrom);
    const validTo = r.validTo ? (normalizeDate(r.validTo) ?? null) : null;
    checkRowFields(index, problems, r, fileCodes, validFrom, validTo);
    const parentId = validFrom
      ? resolveParent(index, problems, r, fileCodes, validFrom, validTo, mayCreateUnder)
      : null;
    if (problems.any) {
      for (const [field, p] of Object.entries(problems.fields))
        errors.push({ row: r.row, field, ...p });
      if (r.code && !fileCodes.has(r.code)) fileCodes.set(r.code, 'invalid');
      continue;
    }
    const id = ctx.newId();
    fileCodes.set(r.code, { id, validFrom: validFrom!, validTo });
    validRows.push(r.row);
    plan.insertUnits.push({
      id,
      code: r.code,
      kind: r.kind as UnitKind,
      validFrom: validFrom!,
      validTo,
    });
    plan.insertVersions.push({
      id: ctx.newId(),
      unitId: id,
      name: r.name,
      shortName: r.shortName || null,
      parentId,
      validFrom: validFrom!,
      validTo,
    });
    plan.events.push({
      id: ctx.newId(),
      kind: 'create',
      effectiveDate: validFrom!,
      basis: null,
      note: null,
      parties: [{ unitId: id, role: 'subject', share: null }],
    });
  }
  if (plan.insertUnits.length) {
    const from = plan.insertUnits.reduce(
      (min, u) => (u.validFrom < min ? u.validFrom : min),
      plan.insertUnits[0]!.validFrom,
    );
    assertPlanKeepsHistory(index.state, applyPlan(index.state, plan), plan, from);
  }
  return { total: rows.length, validRows, errors, plan };
}

function checkRowFields(
  index: UnitIndex,
  problems: Problems,
  r: UnitImportRow,
  fileCodes: Map<string, unknown>,
  validFrom: string | undefined,
  validTo: string | null,
): void {
  if (!r.code) problems.add('code', 'required');
  else if (r.code.length > codeMax) problems.add('code', 'too_long', { maximum: codeMax });
  else if (fileCodes.has(r.code)) problems.add('code', 'duplicate_in_file', { code: r.code });
  else if (index.unitByCode(r.code)) problems.add('code', 'unit_code_taken', { code: r.code });
  if (!r.name) problems.add('name', 'required');
  else if (r.name.length > nameMax) problems.add('name', 'too_long', { maximum: nameMax });
  if (!isUnitKind(r.kind))
    problems.add('kind', r.kind ? 'invalid_option' : 'required', { options: unitKinds.join(', ') });
  if (!validFrom) problems.add('validFrom', r.validFrom ? 'invalid_date' : 'required');
  if (r.validTo && !validTo) problems.add('validTo', 'invalid_date');
  else if (validFrom && validTo && validTo <= validFrom)
    problems.add('validTo', 'date_not_after', { date: validFrom });
  if (r.shortName.length > nameMax) problems.add('shortName', 'too_long', { maximum: nameMax });
}

function resolveParent(
  index: UnitIndex,
  problems: Problems,
  r: UnitImportRow,
  fileCodes: Map<string, FileUnit | 'invalid'>,
  validFrom: string,
  validTo: string | null,
  mayCreateUnder: (parentId: string | null) => boolean,
): string | null {
  if (!r.parentCode) {
    if (!mayCreateUnder(null)) problems.add('parentCode', 'forbidden');
    return null;
  }
  const inFile = fileCodes.get(r.parentCode);
  if (inFile === 'invalid')
    return (problems.add('parentCode', 'parent_row_invalid', { code: r.parentCode }), null);
  if (inFile) {
    // a parent created by this file was authorised on its own row
    if (inFile.validFrom > validFrom) problems.add('parentCode', 'unit_not_active');
    else if (inFile.validTo !== null && (validTo === null || validTo > inFile.validTo))
      problems.add('parentCode', 'unit_ends', { date: inFile.validTo });
    return inFile.id;
  }
  const parent = index.unitByCode(r.parentCode);
  if (!parent)
    return (problems.add('parentCode', 'parent_code_not_found', { code: r.parentCode }), null);
  if (
    checkReceiver(index, problems, 'parentCode', parent.id, validFrom, validTo) &&
    !mayCreateUnder(parent.id)
  )
    problems.add('parentCode', 'forbidden');
  return parent.id;
}
