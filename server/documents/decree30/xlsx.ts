import type ExcelJS from 'exceljs';
import { dateWords, numberLine } from './format.ts';
import { fontName, page } from './layout.ts';
import { symbolOf, type OfficialDocument } from './model.ts';

// Annex tables of a Decree 30 document as worksheets: the annex heading of Appendix I §III.1
// ("Phụ lục", title, "Kèm theo …"), Times New Roman, A4 page setup, the header row frozen and
// repeated on every printed page. Numbers stay numbers so offices can compute with them.

export interface AnnexColumn {
  header: string;
  /** Width in characters. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Numeric column: thousands grouping, decimals only when there are some (Vietnamese Excel shows
   * them as 1.234,5). */
  numeric?: boolean;
}
export type AnnexRow = { cells: (string | number | null)[] } | { group: string };

export interface AnnexSheet {
  /** Tab name (≤ 31 characters, no []:*?/\). */
  sheetName: string;
  /** "Phụ lục I". */
  label: string;
  /** Printed in capitals under the label. */
  title: string;
  /** "(Kèm theo Báo cáo số …)" line; see annexReference. */
  reference: string;
  columns: AnnexColumn[];
  rows: AnnexRow[];
  landscape?: boolean;
}

/** "(Kèm theo Báo cáo số      /BC-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lai Châu)". */
export function annexReference(doc: OfficialDocument, issuerName: string): string {
  const number = numberLine(doc.number, symbolOf(doc)).replace(/^Số:\s?/, '');
  return `(Kèm theo ${doc.kind.name} số ${number} ${dateWords(doc.date)} của ${issuerName})`;
}

const mmToInch = (mm: number) => Math.round((mm / 25.4) * 100) / 100;
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size: number, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: fontName,
  size,
  ...extra,
});

/** Adds one annex sheet to the workbook and returns it. */
export function addAnnexSheet(wb: ExcelJS.Workbook, annex: AnnexSheet): ExcelJS.Worksheet {
  const n = annex.columns.length;
  const headerRow = 5;
  const ws = wb.addWorksheet(annex.sheetName, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: annex.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: {
        top: mmToInch(page.top),
        bottom: mmToInch(page.bottom),
        left: mmToInch(annex.landscape ? page.top : page.left),
        right: mmToInch(annex.landscape ? page.bottom : page.right),
        header: 0.3,
        footer: 0.3,
      },
    },
    headerFooter: { oddHeader: '&C&"Times New Roman,Regular"&13&P' },
  });
  ws.columns = annex.columns.map((c) => ({ width: c.width }));

  const banner = (row: number, text: string, f: Partial<ExcelJS.Font>, height?: number) => {
    ws.mergeCells(row, 1, row, n);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = f;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (height) ws.getRow(row).height = height;
  };
  banner(1, annex.label, font(14, { bold: true }));
  banner(2, annex.title.toLocaleUpperCase('vi'), font(13, { bold: true }), 36);
  banner(3, annex.reference, font(13, { italic: true }), 36);

  const header = ws.getRow(headerRow);
  annex.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = font(12, { bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = box;
  });
  header.height = 32;

  let r = headerRow + 1;
  for (const row of annex.rows) {
    if ('group' in row) {
      ws.mergeCells(r, 1, r, n);
      const cell = ws.getCell(r, 1);
      cell.value = row.group;
      cell.font = font(12, { bold: true });
      cell.alignment = { vertical: 'middle', wrapText: true };
      for (let i = 1; i <= n; i++) ws.getCell(r, i).border = box;
    } else {
      annex.columns.forEach((c, i) => {
        const cell = ws.getCell(r, i + 1);
        const value = row.cells[i] ?? null;
        cell.value = value;
        cell.font = font(12);
        cell.border = box;
        cell.alignment = {
          horizontal: c.align ?? (typeof value === 'number' ? 'right' : 'left'),
          vertical: 'middle',
          wrapText: true,
        };
        if (typeof value === 'number' && c.numeric)
          cell.numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.0#';
      });
    }
    r++;
  }
  return ws;
}
