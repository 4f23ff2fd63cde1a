import ExcelJS from 'exceljs';
import { readSheet } from '../documents/xlsx-sheet.ts';
import { forbidden, type FieldProblem } from '../../shared/errors.ts';
import {
  awardKinds,
  findAward,
  ratings,
  type AwardKind,
  type Rating,
} from '../../shared/commendations/catalogue.ts';
import { translate } from '../../shared/i18n/errors.ts';
import type { Locale } from '../../shared/locale.ts';
import type { Deps } from '../deps.ts';
import type { ImportMode, ImportReport } from '../../shared/contracts/common.ts';
import type { Actor } from '../policies/actor.ts';
import { historyPolicy, mayImportHistory } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import * as unitsRepo from '../repositories/units.ts';
import { auditActor, recordAudit } from './audit.ts';
import { officeOf } from './commendations.ts';

/**
 * Excel import of past years' ratings and awards of people and collectives. One row per subject
 * and year: a rating, an award, or both. People are found by unit code and full name; a row
 * without a name is the unit itself (a collective). `validate` never writes, `import` writes
 * only a clean file, `import_valid` writes the valid rows.
 */

const columns = [
  { field: 'unitCode', header: 'Mã đơn vị / unit code', required: true },
  {
    field: 'fullName',
    header: 'Họ và tên (trống: tập thể) / full name (empty: collective)',
    required: false,
  },
  { field: 'year', header: 'Năm / year', required: true },
  { field: 'rating', header: 'Xếp loại / rating', required: false },
  { field: 'awardCode', header: 'Mã danh hiệu / award code', required: false },
  { field: 'kind', header: 'Loại khen thưởng / kind', required: false },
  { field: 'decisionNo', header: 'Số quyết định / decision number', required: false },
  { field: 'decisionDate', header: 'Ngày quyết định / decision date', required: false, date: true },
  { field: 'issuer', header: 'Cơ quan ban hành / issuer', required: false },
] as const;
type Field = (typeof columns)[number]['field'];
type Row = { row: number } & Record<Field, string>;
export const maxHistoryRows = 5000;

async function readRows(data: Buffer): Promise<Row[]> {
  return readSheet<Field>(data, columns, { maxRows: maxHistoryRows });
}

/** Builds an import file from plain rows (tests, and a template when rows is empty). */
export async function buildHistoryFile(
  rows: Partial<Record<Field, string | number>>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch sử thành tích');
  ws.columns = columns.map((c) => ({ header: c.header, key: c.field, width: 24 }));
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Planned {
  row: number;
  subjectKind: 'individual' | 'collective';
  subjectId: string;
  rating?: { year: number; rating: Rating };
  award?: {
    awardCode: string;
    year: number;
    kind: AwardKind;
    decisionNo: string;
    decisionDate: string;
    issuer?: string;
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Imports ratings and awards of people from the workbook's first sheet. */
export async function importHistory(
  deps: Deps,
  actor: Actor,
  data: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  const office = await officeOf(deps, actor);
  if (!mayImportHistory(actor, office)) throw forbidden();
  const rows = await readRows(data);
  const now = deps.today();
  return deps.db.transaction(async (tx) => {
    const errors: { row: number; field: string; problem: FieldProblem }[] = [];
    const planned: Planned[] = [];
    const seenRatings = new Set<string>();
    for (const r of rows) {
      const fail = (field: string, problem: FieldProblem) =>
        errors.push({ row: r.row, field, problem });
      const before = errors.length;
      const unit = await unitsRepo.findUnitByCode(tx, actor.tenantId, r.unitCode);
      if (!unit) fail('unitCode', { key: 'unit_code_not_found', params: { code: r.unitCode } });
      const isCollective = !r.fullName;
      const matches =
        unit && !isCollective
          ? await repo.peopleNamed(tx, actor.tenantId, unit.id, r.fullName)
          : [];
      // A person outside the actor's units is reported as not found (nothing about them is revealed).
      const only = matches.length === 1 ? matches[0] : undefined;
      const person =
        only && historyPolicy.record(actor, { ...office, unitId: only.unitId }) ? only : undefined;
      if (unit && !isCollective && !person)
        fail('fullName', { key: matches.length > 1 ? 'person_ambiguous' : 'person_not_found' });
      const mayRecordUnit = !!unit && historyPolicy.record(actor, { ...office, unitId: unit.id });
      if (unit && isCollective && !mayRecordUnit)
        fail('unitCode', { key: 'import_unit_not_allowed' });
      const subject = isCollective
        ? mayRecordUnit && unit && { kind: 'collective' as const, id: unit.id }
        : person && { kind: 'individual' as const, id: person.id };
      const year = Number(r.year);
      if (!Number.isInteger(year) || year < 1990 || year > 2100)
        fail('year', { key: 'too_small', params: { minimum: 1990 } });
      if (!r.rating && !r.awardCode) fail('rating', { key: 'required' });
      if (r.rating && !(ratings as readonly string[]).includes(r.rating))
        fail('rating', { key: 'invalid_option', params: { options: ratings.join(', ') } });
      const award = r.awardCode ? findAward(r.awardCode) : undefined;
      if (
        r.awardCode &&
        (!award || !award.subjects.includes(isCollective ? 'collective' : 'individual'))
      )
        fail('awardCode', { key: 'award_unknown', params: { award: r.awardCode } });
      const kind = r.kind || 'merit';
      if (r.awardCode && !(awardKinds as readonly string[]).includes(kind))
        fail('kind', { key: 'invalid_option', params: { options: awardKinds.join(', ') } });
      if (r.awardCode && !r.decisionNo) fail('decisionNo', { key: 'required' });
      if (r.awardCode && (!isoDate.test(r.decisionDate) || r.decisionDate > now))
        fail('decisionDate', { key: r.decisionDate > now ? 'date_in_future' : 'invalid_date' });
      if (subject && r.rating && Number.isInteger(year)) {
        const key = `${subject.id}:${year}`;
        if (
          seenRatings.has(key) ||
          (await repo.ratingOf(tx, actor.tenantId, subject.kind, subject.id, year))
        )
          fail('year', { key: 'rating_exists', params: { year } });
        seenRatings.add(key);
      }
      if (errors.length > before || !subject) continue;
      planned.push({
        row: r.row,
        subjectKind: subject.kind,
        subjectId: subject.id,
        ...(r.rating ? { rating: { year, rating: r.rating as Rating } } : {}),
        ...(r.awardCode
          ? {
              award: {
                awardCode: r.awardCode,
                year,
                kind: kind as AwardKind,
                decisionNo: r.decisionNo,
                decisionDate: r.decisionDate,
                ...(r.issuer ? { issuer: r.issuer } : {}),
              },
            }
          : {}),
      });
    }
    const write = mode === 'import_valid' || (mode === 'import' && errors.length === 0);
    let created = 0;
    if (write && planned.length) {
      const values: repo.NewRecord[] = [];
      for (const p of planned) {
        const base = {
          tenantId: actor.tenantId,
          subjectKind: p.subjectKind,
          subjectId: p.subjectId,
          createdBy: actor.id,
        };
        if (p.rating)
          values.push({
            ...base,
            id: deps.newId(),
            type: 'rating',
            year: p.rating.year,
            data: p.rating,
          });
        if (p.award)
          values.push({
            ...base,
            id: deps.newId(),
            type: 'award',
            year: p.award.year,
            data: p.award,
          });
      }
      await repo.insertRecords(tx, values);
      created = values.length;
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor: auditActor(actor),
        at: deps.clock(),
        action: 'commendation_record.import',
        entityType: 'commendation_import',
        entityId: deps.newId(),
        after: { mode, created, records: values.map((v) => v.id) },
      });
    }
    return {
      total: rows.length,
      valid: planned.length,
      created,
      errors: errors.map((e) => ({
        row: e.row,
        field: e.field,
        message: translate(e.problem.key, locale, e.problem.params),
      })),
    };
  });
}
