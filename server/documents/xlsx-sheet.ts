import ExcelJS from 'exceljs';
import { AppError, invalid } from '../../shared/errors.ts';
import { zipProblem } from '../files/zip-limits.ts';

// Reading the import workbooks offices fill in: columns are found by their bilingual header.

/** A column of an import sheet: the field it fills and its bilingual header. */
export interface Column<F extends string> {
  field: F;
  header: string;
  required: boolean;
  width?: number;
  date?: boolean;
}

const normalize = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const headerParts = (header: string) =>
  [header, ...header.split('/')].map(normalize).filter(Boolean);

/** Plain text of a cell; dates become 'YYYY-MM-DD' (Excel stores them as UTC midnight or as serial numbers). */
export function cellText(value: ExcelJS.CellValue, isDate: boolean): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (isDate && value > 0 && value < 2958466)
      return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86400000)
        .toISOString()
        .slice(0, 10);
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null, isDate);
  if ('text' in value) return String(value.text).trim();
  return '';
}

/** Refuses anything that is not an xlsx zip before exceljs parses it. */
async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const zipMagic =
    data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  if (!zipMagic) throw invalid({ file: { key: 'import_not_xlsx' } });
  // Limits first (ADR 0042): a bomb is refused from its directory, before exceljs unpacks it.
  const problem = zipProblem(data);
  if (problem === 'malformed') throw invalid({ file: { key: 'import_not_xlsx' } });
  if (problem) throw new AppError(413, 'archive_too_large', { file: { key: 'archive_too_large' } });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw invalid({ file: { key: 'import_not_xlsx' } });
  }
  if (!wb.worksheets.length) throw invalid({ file: { key: 'import_not_xlsx' } });
  return wb;
}

/** Rows of the named sheet (or the first one) keyed by field; columns are found by header, in any order. */
export async function readSheet<F extends string>(
  data: Buffer,
  columns: readonly Column<F>[],
  limits: { maxRows: number; sheetName?: string },
): Promise<({ row: number } & Record<F, string>)[]> {
  const wb = await loadWorkbook(data);
  const ws =
    wb.worksheets.find(
      (s) => limits.sheetName !== undefined && normalize(s.name) === normalize(limits.sheetName),
    ) ?? wb.worksheets[0]!;
  const positions = new Map<F, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const parts = headerParts(cellText(cell.value, false));
    const column = columns.find((c) => headerParts(c.header).some((p) => parts.includes(p)));
    if (column && !positions.has(column.field)) positions.set(column.field, col);
  });
  const missing = columns.find((c) => c.required && !positions.has(c.field));
  if (missing)
    throw invalid({ file: { key: 'import_missing_column', params: { column: missing.header } } });
  if (ws.rowCount - 1 > limits.maxRows)
    throw invalid({ file: { key: 'import_too_many_rows', params: { maximum: limits.maxRows } } });
  const rows: ({ row: number } & Record<F, string>)[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const excelRow = ws.getRow(r);
    const record = { row: r } as { row: number } & Record<F, string>;
    for (const c of columns)
      (record as Record<F, string>)[c.field] = positions.has(c.field)
        ? cellText(excelRow.getCell(positions.get(c.field)!).value, !!c.date)
        : '';
    if (columns.some((c) => record[c.field] !== '')) rows.push(record);
  }
  return rows;
}
