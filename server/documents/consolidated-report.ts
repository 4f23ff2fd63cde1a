import ExcelJS from 'exceljs';
import type { ConsolidatedReportData } from './consolidated-data.ts';
import { consolidatedDocument } from './consolidated-report-content.ts';
import {
  aggregationWords,
  periodWords,
  targetStatusWords,
  unitStatusWords,
  wordsFor,
} from './consolidated-report-words.ts';
import { renderDocx } from './decree30/docx.ts';
import { formatDate } from './decree30/format.ts';
import { renderPdf } from './decree30/pdf.ts';
import { addAnnexSheet, annexReference, type AnnexRow } from './decree30/xlsx.ts';

// The province's consolidated yearly report on the movement, in the three files the office
// downloads: the report as DOCX (to edit and sign) and PDF, and its annex tables as XLSX.

export type { ConsolidatedReportData } from './consolidated-data.ts';
export { consolidatedDocument } from './consolidated-report-content.ts';
export { consolidatedFileName } from './consolidated-report-words.ts';

/** The report as a Word document laid out per Decree 30/2020. */
export const buildConsolidatedDocx = (data: ConsolidatedReportData): Promise<Buffer> =>
  renderDocx(consolidatedDocument(data));

/** The report as PDF, same layout (Liberation Serif when installed, else Roboto). */
export const buildConsolidatedPdf = (data: ConsolidatedReportData): Promise<Buffer> =>
  renderPdf(consolidatedDocument(data));

/** Annexes I–III: aggregated indicators by group, province targets, each unit's report status. */
export async function buildConsolidatedAnnexXlsx(data: ConsolidatedReportData): Promise<Buffer> {
  const doc = consolidatedDocument(data);
  const reference = annexReference(doc, data.tenantName);
  const when = periodWords(data.period);
  const wb = new ExcelJS.Workbook();
  wb.creator = data.tenantName;
  wb.title = `Phụ lục báo cáo kết quả thực hiện phong trào thi đua ${when}`;

  const groups = new Map<string, ConsolidatedReportData['indicators']>();
  for (const i of data.indicators) groups.set(i.group, [...(groups.get(i.group) ?? []), i]);
  const indicatorRows: AnnexRow[] = [...groups].flatMap(([group, items]) => [
    { group },
    ...items.map((i, n) => ({
      cells: [
        n + 1,
        i.code,
        i.name,
        i.measure,
        wordsFor(aggregationWords, i.aggregation),
        i.target,
        i.value,
        i.reportingUnits,
      ],
    })),
  ]);
  addAnnexSheet(wb, {
    sheetName: 'Phụ lục I - Chỉ tiêu',
    label: 'Phụ lục I',
    title: `Kết quả tổng hợp các chỉ tiêu thi đua ${when}`,
    reference,
    landscape: true,
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Mã', width: 12 },
      { header: 'Nội dung chỉ tiêu', width: 50 },
      { header: 'Đơn vị tính', width: 14, align: 'center' },
      { header: 'Cách tổng hợp', width: 16 },
      { header: 'Kế hoạch', width: 14, numeric: true },
      { header: 'Thực hiện', width: 14, numeric: true },
      { header: 'Số đơn vị báo cáo', width: 12, numeric: true },
    ],
    rows: indicatorRows,
  });

  addAnnexSheet(wb, {
    sheetName: 'Phụ lục II - Mục tiêu',
    label: 'Phụ lục II',
    title: `Kết quả thực hiện các mục tiêu của tỉnh ${when}`,
    reference,
    landscape: true,
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Mã', width: 12 },
      { header: 'Mục tiêu', width: 56 },
      { header: 'Đơn vị tính', width: 14, align: 'center' },
      { header: 'Kế hoạch', width: 14, numeric: true },
      { header: 'Thực hiện', width: 14, numeric: true },
      { header: 'Đánh giá', width: 22, align: 'center' },
    ],
    rows: data.targets.map((t, n) => ({
      cells: [
        n + 1,
        t.code,
        t.name,
        t.unit,
        t.target,
        t.actual,
        wordsFor(targetStatusWords, t.status),
      ],
    })),
  });

  addAnnexSheet(wb, {
    sheetName: 'Phụ lục III - Báo cáo',
    label: 'Phụ lục III',
    title: `Tình hình báo cáo của các cơ quan, đơn vị, địa phương ${when}`,
    reference,
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Mã', width: 14 },
      { header: 'Cơ quan, đơn vị, địa phương', width: 44 },
      { header: 'Tình trạng báo cáo', width: 24, align: 'center' },
      { header: 'Ngày gửi', width: 14, align: 'center' },
    ],
    rows: data.units.map((u, n) => ({
      cells: [
        n + 1,
        u.code,
        u.name,
        wordsFor(unitStatusWords, u.status),
        u.submittedAt ? formatDate(u.submittedAt) : '',
      ],
    })),
  });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
