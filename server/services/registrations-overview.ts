import ExcelJS from 'exceljs';
import { compareUnits } from '../../shared/collation.ts';
import { vietnamDay } from '../../shared/vietnam-day.ts';
import type { Deps } from '../deps.ts';
import type { RegistrationStatus } from '../../shared/contracts/registrations.ts';
import { countStatuses, registrationStatus } from '../domain/registrations/status.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { periodPolicy } from '../policies/registrations.ts';
import * as repo from '../repositories/registrations.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { loadPeriod } from './registration-periods.ts';

export interface OverviewRow {
  unitId: string;
  code: string;
  name: string;
  kind: string;
  status: RegistrationStatus;
  submittedAt: Date | null;
}

/**
 * The office's overview of a period: every unit expected to register (departments and
 * communes that existed on January 1 of the year) with its status today.
 */
export async function periodOverview(deps: Deps, actor: Actor, periodId: string) {
  const period = await loadPeriod(deps, actor, periodId);
  authorize(periodPolicy, actor, 'overview', {
    rootUnitId: await rootOf(deps.db, actor.tenantId),
  });
  const [units, rows] = await Promise.all([
    repo.participatingUnits(deps.db, actor.tenantId, `${period.year}-01-01`),
    repo.listRegistrations(deps.db, actor.tenantId, periodId, null),
  ]);
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  const day = deps.today();
  const list: OverviewRow[] = units.map((u) => {
    const r = byUnit.get(u.id);
    return {
      unitId: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      status: registrationStatus(r, period.deadline, day),
      submittedAt: r?.submittedAt ?? null,
    };
  });
  list.sort(compareUnits);
  return { period, rows: list, counts: countStatuses(list.map((r) => r.status)) };
}

const statusVi: Record<RegistrationStatus, string> = {
  not_registered: 'Chưa đăng ký',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  late: 'Quá hạn',
};

/** The overview as a workbook with Vietnamese headers, one row per unit. */
export async function overviewWorkbook(
  overview: Awaited<ReturnType<typeof periodOverview>>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đăng ký thi đua');
  ws.columns = [
    { header: 'STT', key: 'no', width: 6 },
    { header: 'Mã đơn vị', key: 'code', width: 16 },
    { header: 'Tên đơn vị', key: 'name', width: 48 },
    { header: 'Trạng thái', key: 'status', width: 16 },
    { header: 'Ngày gửi', key: 'submittedAt', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  overview.rows.forEach((r, i) =>
    ws.addRow({
      no: i + 1,
      code: r.code,
      name: r.name,
      status: statusVi[r.status],
      submittedAt: r.submittedAt ? vietnamDay(r.submittedAt).split('-').reverse().join('/') : '',
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
