import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { buildImportFile } from '../../services/units-excel.ts';
import { adminPassword, auditCount, idOf, multipart, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
});
afterAll(async () => t?.close());

const upload = async (s: Session, url: string, file: Buffer, lang = 'vi') => {
  const { body, headers } = multipart(file);
  return s.request('POST', url, body, { ...headers, 'accept-language': lang });
};

const unitRow = (
  code: string,
  name: string,
  parentCode: string,
  extra: Record<string, string> = {},
) => ({ code, name, kind: 'commune', parentCode, validFrom: '2026-01-01', ...extra });

const codesOn = async (asOf: string) =>
  (
    (await admin.request('GET', `/api/units/tree?asOf=${asOf}`)).json().units as { code: string }[]
  ).map((u) => u.code);

describe('Excel import of units', () => {
  it('serves a template with the bilingual headers', async () => {
    const res = await admin.request('GET', '/api/units/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Kế thừa', 'Loại đơn vị']);
    expect((wb.getWorksheet('Đơn vị')!.getRow(1).values as string[]).filter(Boolean)).toEqual([
      'Mã đơn vị / code',
      'Tên đơn vị / name',
      'Loại / kind',
      'Mã đơn vị cấp trên / parent code',
      'Hiệu lực từ / valid from',
      'Tên viết tắt / short name',
      'Hiệu lực đến / valid to',
    ]);
  });

  it('writes nothing when a row is bad, unless asked for the valid rows', async () => {
    const file = await buildImportFile('units', [
      unitRow('IMP-1', 'Thôn Một', 'XA-PAC-TA', { kind: 'sub_unit' }),
      unitRow('IMP-2', 'Tổ Hai', 'IMP-1', { kind: 'sub_unit', validFrom: '15/01/2026' }),
      unitRow('IMP-3', 'Sai cấp trên', 'KHONG-CO'),
    ]);
    const audits = await auditCount(t, 'unit.import');
    const checked = await upload(admin, '/api/units/import?mode=validate', file, 'en');
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toEqual({
      total: 3,
      valid: 2,
      created: 0,
      errors: [
        {
          row: 4,
          field: 'parentCode',
          message: 'No parent unit with code KHONG-CO (in the system or in earlier rows).',
        },
      ],
    });
    const refused = await upload(admin, '/api/units/import?mode=import', file);
    expect(refused.json()).toMatchObject({ total: 3, valid: 2, created: 0 });
    expect(refused.json().errors[0].message).toContain('KHONG-CO');
    expect(await codesOn('2026-02-01')).not.toContain('IMP-1');
    expect(await auditCount(t, 'unit.import')).toBe(audits);

    const partial = await upload(admin, '/api/units/import?mode=import_valid', file);
    expect(partial.json()).toMatchObject({ total: 3, valid: 2, created: 2 });
    const codes = await codesOn('2026-02-01');
    expect(codes).toEqual(expect.arrayContaining(['IMP-1', 'IMP-2']));
    expect(codes).not.toContain('IMP-3');
    expect(await auditCount(t, 'unit.import')).toBe(audits + 1);

    const again = await upload(
      admin,
      '/api/units/import?mode=import',
      await buildImportFile('units', [unitRow('IMP-1', 'Thôn Một', 'XA-PAC-TA')]),
    );
    expect(again.json().errors).toEqual([
      { row: 2, field: 'code', message: 'Mã đơn vị IMP-1 đã được dùng.' },
    ]);
  });

  it('refuses files that are not spreadsheets or lack a column', async () => {
    const junk = await upload(
      admin,
      '/api/units/import?mode=validate',
      Buffer.from('code,name\nA,B\n'),
    );
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.fields).toEqual({ file: 'Tệp không phải bảng tính Excel (.xlsx).' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đơn vị').addRow(['Mã đơn vị / code', 'Tên đơn vị / name']);
    const missing = await upload(
      admin,
      '/api/units/import?mode=validate',
      Buffer.from(await wb.xlsx.writeBuffer()),
      'en',
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.file).toBe('The header row lacks the column "Loại / kind".');
    const json = await admin.request('POST', '/api/units/import?mode=validate', { file: 'x' });
    expect(json.statusCode).toBe(415);
    const badMode = await upload(admin, '/api/units/import?mode=everything', Buffer.from('x'));
    expect(badMode.statusCode).toBe(400);
  });

  it('lets only admins import, each under the units they administer', async () => {
    const officer = await userWith(t, admin, 'import-officer', 'unit_officer', 'SO-NV');
    const file = await buildImportFile('units', [
      unitRow('IMP-X', 'X', 'SO-NV', { kind: 'sub_unit' }),
    ]);
    expect((await upload(officer, '/api/units/import?mode=validate', file)).statusCode).toBe(403);
    const deptAdmin = await userWith(t, admin, 'import-admin-nv', 'admin', 'SO-NV');
    const mixed = await buildImportFile('units', [
      unitRow('IMP-NV', 'Phòng', 'SO-NV', { kind: 'sub_unit' }),
      unitRow('IMP-YT', 'Phòng', 'SO-YT', { kind: 'sub_unit' }),
    ]);
    const res = await upload(deptAdmin, '/api/units/import?mode=validate', mixed, 'en');
    expect(res.json()).toMatchObject({
      valid: 1,
      errors: [{ row: 3, field: 'parentCode', message: 'You are not allowed to do this.' }],
    });
  });
});

describe('Excel import of the successor mapping', () => {
  it('records which old communes formed a new one, and lineage shows it', async () => {
    // the old communes are history: imported with their end date under their former district
    const old = await buildImportFile('units', [
      unitRow('XA-PA-TAN-CU', 'Xã Pa Tần (cũ)', 'HUYEN-SIN-HO', {
        validFrom: '2004-01-01',
        validTo: '2025-07-01',
      }),
      unitRow('XA-NAM-CUOI-CU', 'Xã Nậm Cuổi (cũ)', 'HUYEN-SIN-HO', {
        validFrom: '2004-01-01',
        validTo: '2025-07-01',
      }),
    ]);
    const history = await upload(admin, '/api/units/import?mode=import', old);
    expect(history.json(), history.body).toMatchObject({ created: 2, errors: [] });
    expect(await codesOn('2024-06-01')).toContain('XA-PA-TAN-CU');
    expect(await codesOn('2026-01-01')).not.toContain('XA-PA-TAN-CU');

    const mapping = await buildImportFile('successions', [
      { oldCode: 'XA-PA-TAN-CU', successorCode: 'XA-PA-TAN', effectiveDate: '2025-07-01' },
      {
        oldCode: 'XA-NAM-CUOI-CU',
        successorCode: 'XA-PA-TAN',
        effectiveDate: '01/07/2025',
        share: 'Một phần',
      },
      { oldCode: 'XA-KHONG-CO', successorCode: 'XA-PA-TAN', effectiveDate: '2025-07-01' },
    ]);
    const refused = await upload(admin, '/api/units/import-successors?mode=import', mapping);
    expect(refused.json()).toMatchObject({
      total: 3,
      valid: 2,
      created: 0,
      errors: [{ row: 4, field: 'oldCode' }],
    });
    const audits = await auditCount(t, 'unit.import_successions');
    const done = await upload(admin, '/api/units/import-successors?mode=import_valid', mapping);
    expect(done.json()).toMatchObject({ total: 3, valid: 2, created: 2 });
    expect(await auditCount(t, 'unit.import_successions')).toBe(audits + 1);

    const paTan = await idOf(admin, 'XA-PA-TAN');
    const lineage = (await admin.request('GET', `/api/units/${paTan}/lineage`)).json();
    // the office's file is the truth for Pa Tần: the seed's unverified links into it are gone
    expect(
      lineage.predecessors
        .map((p: { code: string; share: string | null; verified: boolean }) => [
          p.code,
          p.share,
          p.verified,
        ])
        .sort(),
    ).toEqual([
      ['XA-NAM-CUOI-CU', 'Một phần', true],
      ['XA-PA-TAN-CU', null, true],
    ]);
    const again = await upload(
      admin,
      '/api/units/import-successors?mode=import',
      await buildImportFile('successions', [
        { oldCode: 'XA-PA-TAN-CU', successorCode: 'XA-PA-TAN', effectiveDate: '2025-07-01' },
      ]),
    );
    expect(again.json()).toEqual({ total: 1, valid: 1, created: 0, errors: [] });
  });

  it('creates a historic unit under a dissolved district by the same rule as the import', async () => {
    const muongTe = await idOf(admin, 'HUYEN-MUONG-TE', '2020-01-01');
    const historic = { kind: 'commune', parentId: muongTe, validFrom: '2020-01-01' };
    const created = await admin.request('POST', '/api/units', {
      ...historic,
      code: 'XA-CU-THU-1',
      name: 'Xã Cũ Thử Một',
      validTo: '2025-07-01',
    });
    expect(created.statusCode).toBe(201);
    const file = await buildImportFile('units', [
      unitRow('XA-CU-THU-2', 'Xã Cũ Thử Hai', 'HUYEN-MUONG-TE', {
        validFrom: '2020-01-01',
        validTo: '2025-07-01',
      }),
    ]);
    expect((await upload(admin, '/api/units/import?mode=import', file)).json()).toMatchObject({
      created: 1,
      errors: [],
    });
    const codes = await codesOn('2024-12-31');
    expect(codes).toEqual(expect.arrayContaining(['XA-CU-THU-1', 'XA-CU-THU-2']));
    // both refuse a unit outliving its parent, with the same field problem
    const endless = await admin.request('POST', '/api/units', {
      ...historic,
      code: 'XA-CU-THU-3',
      name: 'Xã Cũ Thử Ba',
    });
    expect(endless.statusCode).toBe(400);
    expect(Object.keys(endless.json().error.fields)).toEqual(['parentId']);
    const endlessRow = await buildImportFile('units', [
      unitRow('XA-CU-THU-4', 'Xã Cũ Thử Bốn', 'HUYEN-MUONG-TE', { validFrom: '2020-01-01' }),
    ]);
    const refused = (await upload(admin, '/api/units/import?mode=validate', endlessRow)).json();
    expect(refused.errors.map((e: { field: string }) => e.field)).toEqual(['parentCode']);
    expect(refused.errors[0].message).toBe(endless.json().error.fields.parentId);
    // an admin of another subtree may do neither
    const other = await userWith(t, admin, 'admin-yt-hist', 'admin', 'SO-YT');
    const denied = await other.request('POST', '/api/units', {
      ...historic,
      code: 'XA-CU-THU-5',
      name: 'Xã Cũ Thử Năm',
      validTo: '2025-07-01',
    });
    expect(denied.statusCode).toBe(403);
  });
});
