/**
 * The Treasury's monthly disbursement workbook (one row per project and month): validate
 * writes nothing; import writes only a clean file; import_valid writes the valid rows.
 * Each row is checked against the register, the project's period and that year's plan, and
 * the actor must keep the row's project.
 */
import ExcelJS from 'exceljs';
import type { ImportMode, ImportReport } from '../../shared/contracts/common.ts';
import { translate } from '../../shared/i18n/errors.ts';
import type { Locale } from '../../shared/locale.ts';
import { forbidden } from '../../shared/errors.ts';
import type { FundingSource } from '../../shared/projects.ts';
import type { Deps } from '../deps.ts';
import { readSheet, type Column } from '../documents/xlsx-sheet.ts';
import { planTreasuryImport, type RowProblem, type TreasuryRow } from '../domain/projects/index.ts';
import type { Actor } from '../policies/actor.ts';
import { mayImportTreasury, projectPolicy } from '../policies/projects.ts';
import * as repo from '../repositories/projects.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';

export const treasuryColumns: Column<Exclude<keyof TreasuryRow, 'row'>>[] = [
  { field: 'projectCode', header: 'Mã dự án / project code', required: true, width: 20 },
  { field: 'year', header: 'Năm / year', required: true, width: 10 },
  { field: 'month', header: 'Tháng / month', required: true, width: 10 },
  { field: 'fundingSource', header: 'Nguồn vốn / funding source', required: true, width: 28 },
  { field: 'amount', header: 'Số giải ngân (đồng) / amount disbursed', required: true, width: 30 },
];
export const treasurySheet = 'Giải ngân';

/** The empty workbook the Treasury fills in (also what tests write). */
export async function treasuryWorkbook(
  rows: Partial<Record<Exclude<keyof TreasuryRow, 'row'>, string | number>>[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(treasurySheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = treasuryColumns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function importTreasury(
  deps: Deps,
  actor: Actor,
  data: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  const rootUnitId = await rootOf(deps.db, actor.tenantId);
  if (!mayImportTreasury(actor, rootUnitId)) throw forbidden();
  const rows = await readSheet(data, treasuryColumns, { maxRows: 20000, sheetName: treasurySheet });
  const outcome = await deps.db.transaction(async (tx) => {
    if (mode !== 'validate') await repo.lockMoney(tx, actor.tenantId);
    const all = await repo.listProjects(tx, actor.tenantId);
    const projects = new Map(all.map((p) => [p.code, p]));
    const revisions = (await repo.plansOf(tx, actor.tenantId)).map((r) => ({
      ...r,
      fundingSource: r.fundingSource as FundingSource,
    }));
    const existing = (await repo.monthsOf(tx, actor.tenantId)).map((m) => ({
      ...m,
      fundingSource: m.fundingSource as FundingSource,
    }));
    const planned = planTreasuryImport(rows, projects, revisions, existing);
    // Rows of projects the actor does not keep are refused like any other row error.
    const byId = new Map(all.map((p) => [p.id, p]));
    const denied: RowProblem[] = [];
    const entries = planned.entries.filter((e) => {
      const p = byId.get(e.projectId)!;
      const ok = projectPolicy.importTreasury(actor, {
        rootUnitId,
        investorUnitId: p.investorUnitId,
      });
      if (!ok) denied.push({ row: e.row, field: 'projectCode', key: 'project_not_investor' });
      return ok;
    });
    const errors = [...planned.errors, ...denied].sort((a, b) => a.row - b.row);
    const write = mode === 'import_valid' || (mode === 'import' && errors.length === 0);
    if (!write || entries.length === 0) return { entries, errors, created: 0 };
    const at = deps.clock();
    const changes = [];
    for (const e of entries) {
      const previous = await repo.upsertMonth(tx, {
        id: deps.newId(),
        tenantId: actor.tenantId,
        projectId: e.projectId,
        year: e.year,
        month: e.month,
        fundingSource: e.fundingSource,
        amount: e.amount,
        origin: 'treasury',
        updatedBy: actor.id,
        updatedAt: at,
      });
      changes.push({ ...e, previous });
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at,
      action: 'project.treasury_import',
      entityType: 'treasury_import',
      entityId: deps.newId(),
      before: changes
        .filter((c) => c.previous !== null)
        .map((c) => ({
          projectId: c.projectId,
          year: c.year,
          month: c.month,
          fundingSource: c.fundingSource,
          amount: c.previous,
        })),
      after: { mode, rows: changes.map(({ previous: _p, ...c }) => c) },
    });
    return { entries, errors, created: entries.length };
  });
  return {
    total: rows.length,
    valid: outcome.entries.length,
    created: outcome.created,
    errors: outcome.errors.map((e) => ({
      row: e.row,
      field: e.field,
      message: translate(e.key, locale, e.params),
    })),
  };
}
