import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { buildImportTemplate, readSuccessionRows, readUnitRows } from './units-excel.ts';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading import sheets', () => {
  it('finds columns by either language in any order and reads dates, numbers and rich text', async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet('Trang 1');
      ws.addRow(['Tên đơn vị', 'code', 'Hiệu lực từ', 'parent code', 'Loại']);
      ws.addRow([
        { richText: [{ text: 'Xã ' }, { text: 'Mới' }] },
        1234,
        new Date(Date.UTC(2025, 6, 1)),
        'UBND-TINH',
        'commune',
      ]);
      ws.addRow([]);
      ws.addRow(['Thôn', 'T-1', 45839, 1234, 'sub_unit']);
    });
    expect(await readUnitRows(file)).toEqual([
      {
        row: 2,
        name: 'Xã Mới',
        code: '1234',
        validFrom: '2025-07-01',
        parentCode: 'UBND-TINH',
        kind: 'commune',
        shortName: '',
        validTo: '',
      },
      {
        row: 4,
        name: 'Thôn',
        code: 'T-1',
        validFrom: '2025-07-01',
        parentCode: '1234',
        kind: 'sub_unit',
        shortName: '',
        validTo: '',
      },
    ]);
  });

  it('reads the successor sheet of the template by name', async () => {
    const template = new ExcelJS.Workbook();
    await template.xlsx.load((await buildImportTemplate()) as unknown as ArrayBuffer);
    template.getWorksheet('Kế thừa')!.addRow(['XA-CU', 'XA-MOI', '01/07/2025', 'một phần']);
    const rows = await readSuccessionRows(Buffer.from(await template.xlsx.writeBuffer()));
    expect(rows).toEqual([
      {
        row: 2,
        oldCode: 'XA-CU',
        successorCode: 'XA-MOI',
        effectiveDate: '01/07/2025',
        share: 'một phần',
      },
    ]);
  });

  it('refuses a zip that is not a workbook', async () => {
    const notXlsx = Buffer.from('504b0304' + '00'.repeat(40), 'hex');
    await expect(readUnitRows(notXlsx)).rejects.toBeInstanceOf(AppError);
  });
});
