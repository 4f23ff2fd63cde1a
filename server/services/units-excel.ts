import ExcelJS from 'exceljs';
import { invalid } from '../../shared/errors.ts';
import { unitKinds } from '../../shared/unit-kinds.ts';
import type { SuccessionRow, UnitImportRow } from '../domain/units/index.ts';

/** A column of an import sheet: the field it fills and its bilingual header. */
interface Column<F extends string> {
  field: F;
  header: string;
  required: boolean;
  width: number;
  date?: boolean;
}

export const unitColumns: Column<Exclude<keyof UnitImportRow, 'row'>>[] = [
  { field: 'code', header: 'Mã đơn vị / code', required: true, width: 22 },
  { field: 'name', header: 'Tên đơn vị / name', required: true, width: 45 },
  { field: 'kind', header: 'Loại / kind', required: true, width: 24 },
  { field: 'parentCode', header: 'Mã đơn vị cấp trên / parent code', required: true, width: 30 },
  { field: 'validFrom', header: 'Hiệu lực từ / valid from', required: true, width: 22, date: true },
  { field: 'shortName', header: 'Tên viết tắt / short name', required: false, width: 22 },
  { field: 'validTo', header: 'Hiệu lực đến / valid to', required: false, width: 22, date: true },
];

export const successionColumns: Column<Exclude<keyof SuccessionRow, 'row'>>[] = [
  { field: 'oldCode', header: 'Mã đơn vị cũ / old unit code', required: true, width: 28 },
  {
    field: 'successorCode',
    header: 'Mã đơn vị kế thừa / successor code',
    required: true,
    width: 32,
  },
  {
    field: 'effectiveDate',
    header: 'Ngày hiệu lực / effective date',
    required: true,
    width: 26,
    date: true,
  },
  { field: 'share', header: 'Phần kế thừa / share', required: false, width: 36 },
];

export const unitSheet = 'Đơn vị';
export const successionSheet = 'Kế thừa';
const kindSheet = 'Loại đơn vị';
export const maxImportRows = 5000;
export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Document text of the template (not UI strings): what each kind code means.
const kindLabels: Record<(typeof unitKinds)[number], string> = {
  province: 'Tỉnh / province',
  provincial_department: 'Sở, ban, ngành tỉnh / provincial department',
  mass_organisation: 'Tổ chức chính trị - xã hội / mass organisation',
  district: 'Huyện, thành phố (đến 30/6/2025) / district',
  commune: 'Xã, phường, thị trấn / commune',
  enterprise: 'Doanh nghiệp / enterprise',
  cooperative: 'Hợp tác xã / cooperative',
  other_organisation: 'Cơ quan, tổ chức khác / other organisation',
  sub_unit: 'Đơn vị trực thuộc / sub-unit',
};

function addSheet<F extends string>(wb: ExcelJS.Workbook, name: string, columns: Column<F>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.width,
    style: c.date ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** The import workbook: units, the successor mapping, and the list of kind codes (for the drop-down). */
export async function buildImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const units = addSheet(wb, unitSheet, unitColumns);
  addSheet(wb, successionSheet, successionColumns);
  const kinds = wb.addWorksheet(kindSheet);
  kinds.columns = [
    { header: 'Mã loại / kind', key: 'kind', width: 24 },
    { header: 'Ý nghĩa / meaning', key: 'label', width: 50 },
  ];
  kinds.getRow(1).font = { bold: true };
  for (const kind of unitKinds) kinds.addRow({ kind, label: kindLabels[kind] });
  const kindColumn = unitColumns.findIndex((c) => c.field === 'kind') + 1;
  for (let r = 2; r <= 1000; r++) {
    units.getCell(r, kindColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${kindSheet}'!$A$2:$A$${unitKinds.length + 1}`],
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const normalize = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const headerParts = (header: string) =>
  [header, ...header.split('/')].map(normalize).filter(Boolean);

/** Plain text of a cell; dates become 'YYYY-MM-DD' (Excel stores them as UTC midnight or as serial numbers). */
function cellText(value: ExcelJS.CellValue, isDate: boolean): string {
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
async function readSheet<F extends string>(
  data: Buffer,
  sheetName: string,
  columns: Column<F>[],
): Promise<({ row: number } & Record<F, string>)[]> {
  const wb = await loadWorkbook(data);
  const ws =
    wb.worksheets.find((s) => normalize(s.name) === normalize(sheetName)) ?? wb.worksheets[0]!;
  const positions = new Map<F, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const parts = headerParts(cellText(cell.value, false));
    const column = columns.find((c) => headerParts(c.header).some((p) => parts.includes(p)));
    if (column && !positions.has(column.field)) positions.set(column.field, col);
  });
  const missing = columns.find((c) => c.required && !positions.has(c.field));
  if (missing)
    throw invalid({ file: { key: 'import_missing_column', params: { column: missing.header } } });
  if (ws.rowCount - 1 > maxImportRows)
    throw invalid({ file: { key: 'import_too_many_rows', params: { maximum: maxImportRows } } });
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

export const readUnitRows = (data: Buffer): Promise<UnitImportRow[]> =>
  readSheet(data, unitSheet, unitColumns);
export const readSuccessionRows = (data: Buffer): Promise<SuccessionRow[]> =>
  readSheet(data, successionSheet, successionColumns);

/** Builds a workbook from plain rows; tests and the CLI use it to produce import files. */
export async function buildImportFile(
  sheet: 'units' | 'successions',
  rows: Record<string, string>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws =
    sheet === 'units'
      ? addSheet(wb, unitSheet, unitColumns)
      : addSheet(wb, successionSheet, successionColumns);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
