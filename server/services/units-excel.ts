import ExcelJS from 'exceljs';
import { readSheet, type Column } from '../documents/xlsx-sheet.ts';
import { unitKinds } from '../../shared/unit-kinds.ts';
import type { SuccessionRow, UnitImportRow } from '../domain/units/index.ts';

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

export const readUnitRows = (data: Buffer): Promise<UnitImportRow[]> =>
  readSheet(data, unitColumns, { sheetName: unitSheet, maxRows: maxImportRows });
export const readSuccessionRows = (data: Buffer): Promise<SuccessionRow[]> =>
  readSheet(data, successionColumns, { sheetName: successionSheet, maxRows: maxImportRows });

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
