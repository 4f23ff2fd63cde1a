import ExcelJS from 'exceljs';
import { readSheet, type Column } from './xlsx-sheet.ts';

// The indicator workbook of a reporting period: long format, one row per unit and criterion,
// so offices can fill values for many units in one sheet and import them back.

export type IndicatorField =
  | 'period'
  | 'unitCode'
  | 'unitName'
  | 'criterionCode'
  | 'criterion'
  | 'kind'
  | 'measure'
  | 'target'
  | 'value'
  | 'note';

export const sheetName = 'Chỉ số';

export const indicatorColumns: readonly Column<IndicatorField>[] = [
  { field: 'period', header: 'Mã kỳ / Period code', required: true, width: 30 },
  { field: 'unitCode', header: 'Mã đơn vị / Unit code', required: true, width: 18 },
  { field: 'unitName', header: 'Tên đơn vị / Unit name', required: false, width: 34 },
  { field: 'criterionCode', header: 'Mã tiêu chí / Criterion code', required: true, width: 14 },
  { field: 'criterion', header: 'Tiêu chí / Criterion', required: false, width: 60 },
  { field: 'kind', header: 'Cách nhập / How to fill', required: false, width: 22 },
  { field: 'measure', header: 'Đơn vị tính / Measure', required: false, width: 12 },
  { field: 'target', header: 'Chỉ tiêu năm / Target', required: false, width: 12 },
  { field: 'value', header: 'Giá trị / Value', required: true, width: 16 },
  { field: 'note', header: 'Ghi chú / Note', required: false, width: 40 },
];

/** One row as written: the value is a number, "Đạt"/"Không đạt", a level, or a count of events. */
export interface IndicatorRow {
  period: string;
  unitCode: string;
  unitName: string;
  criterionCode: string;
  criterion: string;
  kind: string;
  measure: string;
  target: number | null;
  value: number | string | null;
  note: string;
  /** Choices offered in the value cell (yes/no, levels). */
  choices?: readonly string[];
}

/** A list validation in Excel is one quoted formula of at most 255 characters, comma separated. */
function listFormula(choices: readonly string[]): string | null {
  if (choices.some((c) => c.includes(',') || c.includes('"'))) return null;
  const formula = `"${choices.join(',')}"`;
  return formula.length <= 255 ? formula : null;
}

/** The pre-filled workbook: a header row, then one row per unit and criterion; only Value and Note are meant to change. */
export async function buildIndicatorWorkbook(
  rows: readonly IndicatorRow[],
  guide: readonly string[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = indicatorColumns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow({ ...r, choices: undefined });
    const value = row.getCell(indicatorColumns.findIndex((c) => c.field === 'value') + 1);
    const formula = r.choices?.length ? listFormula(r.choices) : null;
    if (formula) value.dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
  }
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  for (const line of guide) help.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows of an uploaded indicator workbook, keyed by field (columns found by header). */
export const readIndicatorWorkbook = (data: Buffer, maxRows: number) =>
  readSheet(data, indicatorColumns, { maxRows, sheetName });
