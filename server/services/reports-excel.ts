import type { Answer } from '../../shared/contracts/reports.ts';
import { invalid, type FieldProblem } from '../../shared/errors.ts';
import { translate } from '../../shared/i18n/errors.ts';
import type { Locale } from '../../shared/locale.ts';
import type { Deps } from '../deps.ts';
import {
  buildIndicatorWorkbook,
  readIndicatorWorkbook,
  type IndicatorRow,
} from '../documents/indicators-workbook.ts';
import { answerCell, cellChange, cellChoices, howToFill } from '../domain/reports/cells.ts';
import { applicableCriteria } from '../domain/reports/form.ts';
import { periodCode } from '../domain/reports/periods.ts';
import { transition } from '../domain/reports/workflow.ts';
import type { Actor } from '../policies/actor.ts';
import { readsWholePeriod, reportPolicy, workflowError } from '../policies/reports.ts';
import type { ReportUnit } from '../repositories/report-units.ts';
import * as repo from '../repositories/reports.ts';
import { rootOf } from '../repositories/unit-names.ts';
import type { ImportMode } from '../../shared/contracts/common.ts';
import { auditActor, recordAudit } from './audit.ts';
import { insertDraft } from './reports.ts';
import {
  CriteriaResolver,
  nextStatus,
  reportingUnits,
  subjectOf,
  type ReportView,
} from './reports-context.ts';
import { loadPeriod } from './reports-periods.ts';

const maxRows = 20_000;
const codeOf = (p: repo.ReportPeriodRow) =>
  periodCode(p.movementCode, { year: p.year, kind: p.kind, half: p.half });

const guide = (code: string) => [
  `Bảng chỉ số của kỳ ${code}: mỗi dòng là một tiêu chí của một đơn vị.`,
  'Chỉ sửa cột "Giá trị / Value" và "Ghi chú / Note"; không sửa mã kỳ, mã đơn vị, mã tiêu chí.',
  'Định lượng: nhập số (dùng dấu phẩy hoặc dấu chấm thập phân); tỷ lệ % nhập từ 0 đến 100.',
  'Định tính: chọn "Đạt" hoặc "Không đạt", hoặc một mức trong danh sách.',
  'Điểm cộng, điểm trừ: nhập số lần (số nguyên từ 0) và ghi rõ nội dung ở cột Ghi chú.',
  'Ô để trống và dòng không sửa: không thay đổi gì (muốn xóa một giá trị, xóa trên báo cáo). Báo cáo đã gửi hoặc đã được chấp nhận không nhập đè.',
];

async function loadUnits(deps: Deps, actor: Actor, period: repo.ReportPeriodRow, ids?: string[]) {
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  if (ids) {
    const units = await reportingUnits(deps, actor.tenantId, period, { ids });
    const rows = await repo.listReports(deps.db, actor.tenantId, period.id, ids);
    const status = (u: ReportUnit) => rows.find((r) => r.unitId === u.id)?.status ?? null;
    const readable = units.filter((u) =>
      reportPolicy.read(actor, subjectOf(deps, rootUnitId, period, u, status(u))),
    );
    if (readable.length !== new Set(ids).size)
      throw invalid({ unitIds: { key: 'report_unit_not_reporting' } });
    return readable;
  }
  if (readsWholePeriod(actor, rootUnitId)) return reportingUnits(deps, actor.tenantId, period);
  // Anyone else downloads the units it holds a grant on, chosen in SQL.
  return reportingUnits(deps, actor.tenantId, period, {
    ids: [...new Set(actor.grants.map((g) => g.unitId))],
  });
}

/**
 * The pre-filled indicator workbook for some units (by default the actor's own, or every
 * reporting unit for the office): each applicable criterion with the unit's current value.
 */
export async function indicatorWorkbook(
  deps: Deps,
  actor: Actor,
  periodId: string,
  unitIdsText?: string,
): Promise<{ period: repo.ReportPeriodRow; data: Buffer }> {
  const period = await loadPeriod(deps, actor.tenantId, periodId);
  const ids = unitIdsText
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (ids && (ids.length > 2000 || ids.some((id) => !uuid.test(id))))
    throw invalid({ unitIds: { key: 'report_unit_not_reporting' } });
  const units = await loadUnits(deps, actor, period, ids);
  const rows = await repo.listReports(
    deps.db,
    actor.tenantId,
    period.id,
    units.map((u) => u.id),
  );
  const resolver = new CriteriaResolver(deps, actor.tenantId, period);
  const code = codeOf(period);
  const out: IndicatorRow[] = [];
  for (const unit of units) {
    const row = rows.find((r) => r.unitId === unit.id);
    const { criteria, committed } = await resolver.forUnit(unit.id, row);
    const answers = row?.answers ?? {};
    for (const c of applicableCriteria(criteria.content, unit.kind).values())
      out.push({
        period: code,
        unitCode: unit.code,
        unitName: unit.name,
        criterionCode: c.code,
        criterion: c.kind === 'quantitative' ? c.indicator : c.name.vi,
        kind: howToFill(c),
        measure: c.kind === 'quantitative' ? c.measure : '',
        target:
          c.kind === 'quantitative'
            ? (committed[c.code] ?? c.targets.find((t) => t.year === period.year)?.value ?? null)
            : null,
        value: answerCell(c, answers[c.code]),
        note: answers[c.code]?.note ?? '',
        choices: cellChoices(c),
      });
  }
  return { period, data: await buildIndicatorWorkbook(out, guide(code)) };
}

export interface IndicatorImport {
  rows: number;
  errors: { row: number; field: string; message: string }[];
  /** Values changed (blank and unchanged rows are not counted). */
  imported: number;
  /** Reports changed, one audit entry each. */
  reports: number;
}

interface UnitChanges {
  unit: ReportUnit;
  view: Pick<ReportView, 'period' | 'unit' | 'criteria'>;
  answers: Map<string, Answer>;
}

/**
 * Reads an indicator workbook back. `validate` only reports; `import` writes when no row has
 * an error; `import_valid` writes the good rows. Only rows whose value differs from the saved
 * answer are written: a blank cell or an unchanged row changes nothing (so a whole downloaded
 * workbook with a few cells edited touches only those). All writes in one transaction, one
 * audit entry per report changed; reports already sent in are never overwritten.
 */
export async function importIndicators(
  deps: Deps,
  actor: Actor,
  periodId: string,
  data: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<IndicatorImport> {
  const period = await loadPeriod(deps, actor.tenantId, periodId);
  const rows = await readIndicatorWorkbook(data, maxRows);
  if (!rows.length) throw invalid({ file: { key: 'report_import_no_rows' } });
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  const probe = subjectOf(deps, rootUnitId, period, { id: '', parentId: null }, null);
  const open = transition(null, 'save', probe);
  if (!open.ok) throw workflowError(open.error, period.opensOn);

  const codes = [...new Set(rows.map((r) => r.unitCode))];
  const units = new Map(
    (await reportingUnits(deps, actor.tenantId, period, { codes })).map((u) => [u.code, u]),
  );
  const existing = new Map(
    (
      await repo.listReports(
        deps.db,
        actor.tenantId,
        period.id,
        [...units.values()].map((u) => u.id),
      )
    ).map((r) => [r.unitId, r]),
  );
  const resolver = new CriteriaResolver(deps, actor.tenantId, period);
  const expected = codeOf(period);
  const errors: { row: number; field: string; problem: FieldProblem }[] = [];
  const changes = new Map<string, UnitChanges>();
  const seen = new Map<string, number>();
  const fail = (row: number, field: string, problem: FieldProblem) =>
    errors.push({ row, field, problem });

  for (const r of rows) {
    if (r.period !== expected) {
      fail(r.row, 'period', {
        key: 'report_import_wrong_period',
        params: { found: r.period, expected },
      });
      continue;
    }
    const unit = units.get(r.unitCode);
    if (!unit) {
      fail(r.row, 'unitCode', {
        key: 'report_import_unit_not_found',
        params: { code: r.unitCode },
      });
      continue;
    }
    const row = existing.get(unit.id);
    const status = row?.status ?? null;
    const subject = subjectOf(deps, rootUnitId, period, unit, status);
    const notCovered = {
      key: 'report_import_unit_not_covered',
      params: { code: unit.code },
    } as const;
    if (!reportPolicy.read(actor, subject)) {
      fail(r.row, 'unitCode', notCovered);
      continue;
    }
    const { criteria } = await resolver.forUnit(unit.id, row);
    const criterion = applicableCriteria(criteria.content, unit.kind).get(r.criterionCode);
    if (!criterion) {
      fail(r.row, 'criterionCode', {
        key: 'report_import_criterion_unknown',
        params: { code: r.criterionCode },
      });
      continue;
    }
    const key = `${unit.id}|${criterion.code}`;
    if (seen.has(key)) {
      fail(r.row, 'criterionCode', {
        key: 'report_import_duplicate',
        params: { row: seen.get(key) },
      });
      continue;
    }
    seen.set(key, r.row);
    // A blank or unchanged row changes nothing, so it is no error even on a report sent in.
    const parsed = cellChange(criterion, row?.answers[criterion.code], r.value, r.note);
    if (!parsed) continue;
    if (!reportPolicy.importValues(actor, subject)) {
      const sent = status === 'submitted' || status === 'accepted';
      fail(
        r.row,
        'unitCode',
        sent ? { key: 'report_import_report_sent', params: { code: unit.code } } : notCovered,
      );
      continue;
    }
    if ('problem' in parsed) {
      fail(r.row, 'value', parsed.problem);
      continue;
    }
    const entry = changes.get(unit.id) ?? {
      unit,
      view: { period, unit, criteria },
      answers: new Map<string, Answer>(),
    };
    entry.answers.set(criterion.code, parsed.answer);
    changes.set(unit.id, entry);
  }

  const write = mode === 'import_valid' || (mode === 'import' && errors.length === 0);
  let imported = 0;
  if (write && changes.size) {
    const at = deps.clock();
    await deps.db.transaction(async (tx) => {
      for (const entry of changes.values()) {
        const before = await repo.findReport(tx, actor.tenantId, period.id, entry.unit.id, true);
        const patch = Object.fromEntries(entry.answers);
        let after: repo.ReportRow | undefined;
        if (before) {
          after = await repo.updateReport(tx, actor.tenantId, before.id, {
            status: nextStatus(before.status, 'save', probe),
            answers: { ...before.answers, ...patch },
            updatedAt: at,
            updatedBy: actor.id,
          });
        } else {
          const content = {
            answers: patch,
            narrative: { results: '', shortcomings: '', proposals: '' },
          };
          after = await insertDraft(tx, deps, actor, entry.view, content, at);
          if (!after) throw workflowError('wrong_status', period.opensOn);
        }
        await recordAudit(tx, {
          tenantId: actor.tenantId,
          actor: auditActor(actor),
          at,
          action: 'report.import',
          entityType: 'report',
          entityId: after.id,
          before,
          after,
        });
        imported += entry.answers.size;
      }
    });
  }
  return {
    rows: rows.length,
    errors: errors.map((e) => ({
      row: e.row,
      field: e.field,
      message: translate(e.problem.key, locale, e.problem.params),
    })),
    imported,
    reports: imported ? changes.size : 0,
  };
}
