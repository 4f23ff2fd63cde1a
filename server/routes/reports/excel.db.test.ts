import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, multipart, userWith } from '../../../test/support/api.ts';
import {
  completeAnswers,
  movementCode,
  narrative,
  openYear,
  publishSmallCriteria,
} from '../../../test/support/reporting.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let head: Session;
let otherHead: Session;
/** An officer on the province covers every unit below it: the one who imports for many units. */
let importer: Session;
let periodId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  head = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  otherHead = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  importer = await userWith(t, admin, 'tinh.officer', 'unit_officer', 'UBND-TINH');
  for (const code of ['SO-XD', 'SO-TC', 'SO-YT', 'SO-NV', 'SO-CT', 'SO-GDDT'])
    ids[code] = await idOf(admin, code);
  await publishSmallCriteria(office);
  periodId = await openYear(office);
  // SO-YT has already sent its report in: an import must not overwrite it.
  const yt = await userWith(t, admin, 'soyt.head', 'unit_head', 'SO-YT');
  await yt.request(
    'POST',
    `/api/report-periods/${periodId}/reports/${ids['SO-YT']}/evidence`,
    ...Object.values(pdfForm()),
  );
  const url = `/api/report-periods/${periodId}/reports/${ids['SO-YT']}`;
  const saved = await yt.request('PUT', url, { answers: completeAnswers(), narrative, version: 1 });
  const sent = await yt.request(
    'POST',
    `${url}/submit`,
    { version: saved.json().version },
    { 'idempotency-key': 'so-yt-submit-1' },
  );
  expect(sent.json().status).toBe('submitted');
  // SO-XD has a draft with one value.
  await head.request('PUT', `/api/report-periods/${periodId}/reports/${ids['SO-XD']}`, {
    answers: { 'R-PCT': { value: 50 } },
    narrative,
  });
});
afterAll(() => t.close());

function pdfForm() {
  const boundary = '----b';
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="criterionCode"\r\n\r\nR-YN\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="qd.pdf"\r\n\r\n%PDF-1.4 x\r\n--${boundary}--\r\n`,
  );
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const exportFor = async (s: Session, codes: string[]) => {
  const res = await s.request(
    'GET',
    `/api/report-periods/${periodId}/indicators.xlsx?unitIds=${codes.map((c) => ids[c]).join(',')}`,
  );
  return res;
};
const load = async (data: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
};
const importAs = async (s: Session, wb: ExcelJS.Workbook, mode: string) => {
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const { body, headers } = multipart(file);
  return s.request(
    'POST',
    `/api/report-periods/${periodId}/indicators/import?mode=${mode}`,
    body,
    headers,
  );
};
const valueOf = async (s: Session, code: string) =>
  (await s.request('GET', `/api/report-periods/${periodId}/reports/${ids[code]}`)).json();

describe('indicator workbook round trip', () => {
  it('exports one row per unit and criterion, pre-filled with the current values', async () => {
    const res = await exportFor(office, ['SO-XD', 'SO-TC']);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await load(res.rawPayload)).getWorksheet('Chỉ số')!;
    expect(ws.getRow(1).getCell(2).value).toBe('Mã đơn vị / Unit code');
    expect(ws.rowCount - 1).toBe(2 * 4);
    const rows = (ws.getSheetValues().slice(2) as unknown[][]).map((r) => [r[2], r[4], r[9]]);
    expect(rows).toContainEqual(['SO-XD', 'R-PCT', 50]);
    expect(rows).toContainEqual(['SO-TC', 'R-PCT', undefined]);
    expect(ws.getRow(2).getCell(1).value).toBe(`${movementCode}:2026`);
    // A unit the actor may not read is refused; by default a head exports its own unit.
    expect((await exportFor(otherHead, ['SO-XD'])).statusCode).toBe(400);
    const own = (
      await load(
        (await head.request('GET', `/api/report-periods/${periodId}/indicators.xlsx`)).rawPayload,
      )
    ).getWorksheet('Chỉ số')!;
    expect(own.rowCount - 1).toBe(4);
  });

  it('edited with bad rows: validate lists them, import refuses, import_valid writes only the good rows', async () => {
    const wb = await load((await exportFor(office, ['SO-XD', 'SO-TC', 'SO-YT'])).rawPayload);
    const ws = wb.getWorksheet('Chỉ số')!;
    const set = (unit: string, criterion: string, value: ExcelJS.CellValue, note?: string) => {
      ws.eachRow((row, n) => {
        if (n > 1 && row.getCell(2).value === unit && row.getCell(4).value === criterion) {
          row.getCell(9).value = value;
          if (note !== undefined) row.getCell(10).value = note;
        }
      });
    };
    set('SO-XD', 'R-PCT', 92.5);
    set('SO-XD', 'R-YN', 'Đạt');
    set('SO-XD', 'R-CNT', 'nhiều'); // wrong type
    set('SO-TC', 'R-PCT', 130); // out of range
    set('SO-TC', 'R-CNT', 4);
    set('SO-YT', 'R-CNT', 9); // already submitted
    ws.addRow([`${movementCode}:2025`, 'SO-TC', '', 'R-CNT', '', '', '', '', 5]); // wrong period
    ws.addRow([`${movementCode}:2026`, 'KHONG-CO', '', 'R-CNT', '', '', '', '', 5]); // no such unit
    const rowOf = (unit: string, criterion: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(2).value === unit && row.getCell(4).value === criterion) found = n;
      });
      return found;
    };

    const audits = await auditCount(t, 'report.import');
    const validate = (await importAs(importer, wb, 'validate')).json();
    const errors = validate.errors.map((e: { row: number; field: string }) => [e.row, e.field]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [rowOf('SO-XD', 'R-CNT'), 'value'],
        [rowOf('SO-TC', 'R-PCT'), 'value'],
        [rowOf('SO-YT', 'R-CNT'), 'unitCode'],
        [ws.rowCount - 1, 'period'],
        [ws.rowCount, 'unitCode'],
      ]),
    );
    expect(
      validate.errors.find((e: { row: number }) => e.row === rowOf('SO-TC', 'R-PCT')).message,
    ).toBe('Nhập số từ 0 đến 100.');
    expect(validate).toMatchObject({ rows: ws.rowCount - 1, imported: 0, reports: 0 });
    expect((await importAs(importer, wb, 'import')).json()).toMatchObject({ imported: 0 });
    expect((await valueOf(office, 'SO-XD')).answers['R-PCT'].value).toBe(50);
    expect(await auditCount(t, 'report.import')).toBe(audits);

    const done = (await importAs(importer, wb, 'import_valid')).json();
    expect(done.reports).toBe(2);
    expect(await auditCount(t, 'report.import')).toBe(audits + 2);
    const xd = await valueOf(office, 'SO-XD');
    expect(xd.answers).toMatchObject({ 'R-PCT': { value: 92.5 }, 'R-YN': { met: true } });
    expect(xd.answers['R-CNT']).toBeUndefined();
    const tc = await valueOf(office, 'SO-TC');
    expect(tc).toMatchObject({ status: 'draft', answers: { 'R-CNT': { value: 4 } } });
    expect(tc.answers['R-PCT']).toBeUndefined();
    // a blank cell writes nothing (before, the blank bonus cell became "no events")
    expect(tc.answers['R-BON']).toBeUndefined();
    expect((await valueOf(office, 'SO-YT')).answers['R-CNT'].value).toBe(3);
  });

  it('a head importing another unit’s rows gets a row error, and garbage is a file error', async () => {
    const wb = await load((await exportFor(office, ['SO-TC'])).rawPayload);
    const res = (await importAs(head, wb, 'import')).json();
    expect(res.errors.every((e: { field: string }) => e.field === 'unitCode')).toBe(true);
    expect(res.errors).toHaveLength(4);
    const { body, headers } = multipart(Buffer.from('khong phai excel'));
    const bad = await office.request(
      'POST',
      `/api/report-periods/${periodId}/indicators/import?mode=validate`,
      body,
      headers,
    );
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['file']);
  });

  it('the office keys in a unit’s figures sent on paper, but never over a report sent in', async () => {
    const wb = await load((await exportFor(office, ['SO-TC', 'SO-YT'])).rawPayload);
    wb.getWorksheet('Chỉ số')!.eachRow((row, n) => {
      if (n > 1 && row.getCell(4).value === 'R-CNT')
        row.getCell(9).value = row.getCell(2).value === 'SO-TC' ? 7 : 8;
    });
    const audits = await auditCount(t, 'report.import');
    const res = (await importAs(office, wb, 'import_valid')).json();
    expect(res.reports).toBe(1);
    // only the changed row of the report sent in is refused; its unchanged rows are no error
    expect(res.errors).toHaveLength(1);
    expect(
      res.errors.every(
        (e: { field: string; message: string }) =>
          e.field === 'unitCode' && /SO-YT/.test(e.message),
      ),
    ).toBe(true);
    expect((await valueOf(office, 'SO-TC')).answers['R-CNT'].value).toBe(7);
    expect((await valueOf(office, 'SO-TC')).status).toBe('draft');
    expect(await auditCount(t, 'report.import')).toBe(audits + 1);
  });

  it('the downloaded workbook with three cells edited changes those three values only: blank and unchanged rows write nothing', async () => {
    const url = `/api/report-periods/${periodId}/reports/${ids['SO-NV']}`;
    const nvHead = await userWith(t, admin, 'sonv.head', 'unit_head', 'SO-NV');
    await nvHead.request('PUT', url, {
      answers: { 'R-PCT': { value: 40 }, 'R-YN': { met: false, note: 'Chưa có quyết định' } },
      narrative,
    });
    const codes = ['SO-NV', 'SO-CT', 'SO-GDDT'];
    const wb = await load((await exportFor(office, codes)).rawPayload);
    const ws = wb.getWorksheet('Chỉ số')!;
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const [unit, criterion] = [row.getCell(2).value, row.getCell(4).value];
      if (unit === 'SO-NV' && criterion === 'R-CNT') row.getCell(9).value = 6;
      if (unit === 'SO-NV' && criterion === 'R-PCT') row.getCell(9).value = null; // blank: keeps 40
      if (unit === 'SO-CT' && criterion === 'R-PCT') row.getCell(9).value = 75.5;
      if (unit === 'SO-CT' && criterion === 'R-YN') row.getCell(9).value = 'Đạt';
    });
    const audits = await auditCount(t, 'report.import');
    const done = (await importAs(office, wb, 'import')).json();
    expect(done).toMatchObject({ rows: 12, errors: [], imported: 3, reports: 2 });
    expect(await auditCount(t, 'report.import')).toBe(audits + 2);
    expect((await valueOf(office, 'SO-NV')).answers).toEqual({
      'R-PCT': { value: 40 },
      'R-CNT': { value: 6 },
      'R-YN': { met: false, note: 'Chưa có quyết định' },
    });
    expect((await valueOf(office, 'SO-CT')).answers).toEqual({
      'R-PCT': { value: 75.5 },
      'R-YN': { met: true },
    });
    // the untouched unit is not put into draft
    expect((await valueOf(office, 'SO-GDDT')).status).not.toBe('draft');
    // the same workbook again changes nothing
    const again = (await importAs(office, wb, 'import')).json();
    expect(again).toMatchObject({ errors: [], imported: 0, reports: 0 });
    expect(await auditCount(t, 'report.import')).toBe(audits + 2);
  });
});
