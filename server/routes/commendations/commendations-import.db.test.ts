import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { buildHistoryFile } from '../../services/commendations-import.ts';
import { adminPassword, auditCount, idOf, multipart, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let officerNV: Session;
let officerTC: Session;
let personId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const admin = await t.signIn('admin', adminPassword);
  officerNV = await userWith(t, admin, 'officer.nv', 'unit_officer', 'SO-NV');
  officerTC = await userWith(t, admin, 'officer.tc', 'unit_officer', 'SO-TC');
  const res = await officerNV.request('POST', '/api/people', {
    fullName: 'Lò Thị Hoa',
    category: 'official',
    unitId: await idOf(admin, 'SO-NV'),
  });
  personId = res.json().id;
});
afterAll(() => t.close());

const rows = [
  { unitCode: 'SO-NV', fullName: 'Lò Thị Hoa', year: 2022, rating: 'HTXS' },
  {
    unitCode: 'SO-NV',
    fullName: 'lò thị hoa',
    year: 2023,
    rating: 'HTXS',
    awardCode: 'CSTDCS',
    decisionNo: '45/QĐ-UBND',
    decisionDate: '2024-01-20',
  },
  { unitCode: 'SO-NV', fullName: 'Lò Thị Hoa', year: 2024, rating: 'GIOI' },
];

const upload = async (s: Session, mode: string, file: Buffer) => {
  const { body, headers } = multipart(file, 'file', 'lich-su.xlsx');
  return s.request('POST', `/api/commendations/import?mode=${mode}`, body, headers);
};

describe('Excel import of past ratings and awards', () => {
  it('reports the bad row with its field; validate and import write nothing while a row is bad', async () => {
    const file = await buildHistoryFile(rows);
    for (const mode of ['validate', 'import']) {
      const res = await upload(officerNV, mode, file);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ total: 3, valid: 2, created: 0 });
      expect(res.json().errors).toEqual([expect.objectContaining({ row: 4, field: 'rating' })]);
    }
    expect(await auditCount(t, 'commendation_record.import')).toBe(0);
    const h = (await officerNV.request('GET', `/api/people/${personId}`)).json();
    expect(h.records).toHaveLength(0);
  });

  it('import_valid writes the valid rows in one audited transaction; a re-import finds the duplicates', async () => {
    const res = await upload(officerNV, 'import_valid', await buildHistoryFile(rows));
    expect(res.json()).toMatchObject({ total: 3, valid: 2, created: 3 });
    expect(await auditCount(t, 'commendation_record.import')).toBe(1);
    const h = (await officerNV.request('GET', `/api/people/${personId}`)).json();
    expect(
      h.records.map((r: { type: string; year: number }) => `${r.type}:${r.year}`).sort(),
    ).toEqual(['award:2023', 'rating:2022', 'rating:2023']);
    const again = (
      await upload(officerNV, 'validate', await buildHistoryFile(rows.slice(0, 1)))
    ).json();
    expect(again.errors).toEqual([expect.objectContaining({ row: 2, field: 'year' })]);
  });

  it('another unit’s officer cannot import into Sở Nội vụ; a non-xlsx file is a 400', async () => {
    const res = (
      await upload(officerTC, 'validate', await buildHistoryFile(rows.slice(0, 1)))
    ).json();
    expect(res.errors).toEqual([expect.objectContaining({ row: 2, field: 'fullName' })]);
    const bad = await upload(officerNV, 'validate', Buffer.from('not a workbook'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('file');
  });

  it('a row without a name is the unit itself (a collective); another unit is refused row by row', async () => {
    const file = await buildHistoryFile([
      { unitCode: 'SO-NV', year: 2023, rating: 'HTXS' },
      {
        unitCode: 'SO-NV',
        year: 2023,
        awardCode: 'TTLDXS',
        decisionNo: '12/QĐ-UBND',
        decisionDate: '2024-01-15',
      },
      { unitCode: 'SO-TC', year: 2023, rating: 'HTT' },
      {
        unitCode: 'SO-NV',
        year: 2023,
        awardCode: 'CSTDCS',
        decisionNo: '1',
        decisionDate: '2024-01-15',
      },
    ]);
    const res = (await upload(officerNV, 'import_valid', file)).json();
    expect(res).toMatchObject({ total: 4, valid: 2, created: 2 });
    expect(res.errors).toEqual([
      expect.objectContaining({ row: 4, field: 'unitCode' }),
      expect.objectContaining({ row: 5, field: 'awardCode' }),
    ]);
    const unitId = await idOf(officerNV, 'SO-NV');
    const h = (await officerNV.request('GET', `/api/subjects/collective/${unitId}/history`)).json();
    expect(
      h.records.map((r: { type: string; year: number }) => `${r.type}:${r.year}`).sort(),
    ).toEqual(['award:2023', 'rating:2023']);
  });
});
