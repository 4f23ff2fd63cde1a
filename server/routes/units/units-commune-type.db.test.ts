import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, auditCount, idOf, tree } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
});
afterAll(async () => t?.close());

const typeOf = async (code: string, asOf = '2026-01-01') =>
  (await tree(admin, asOf)).units.find((u) => u.code === code) as
    { communeType: string | null } | undefined;

describe('commune type on unit versions', () => {
  it('the tree reads the seeded type: xã → rural_commune, phường → ward, others none', async () => {
    expect(await typeOf('XA-MUONG-KIM')).toMatchObject({ communeType: 'rural_commune' });
    expect(await typeOf('PHUONG-TAN-PHONG')).toMatchObject({ communeType: 'ward' });
    expect(await typeOf('XA-MU-CA', '2024-01-01')).toMatchObject({ communeType: 'rural_commune' });
    expect(await typeOf('SO-NV')).toMatchObject({ communeType: null });
  });

  it('creates a commune with a type; refuses a type on another kind or an unknown type, writing nothing', async () => {
    const root = await idOf(admin, 'UBND-TINH');
    const before = await auditCount(t, 'unit.');
    const created = await admin.request('POST', '/api/units', {
      code: 'DAC-KHU-TEST',
      kind: 'commune',
      name: 'Đặc khu Thử nghiệm',
      parentId: root,
      communeType: 'special_zone',
      validFrom: '2026-01-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().units[0]).toMatchObject({ communeType: 'special_zone' });
    expect(await auditCount(t, 'unit.')).toBe(before + 1);

    const wrongKind = await admin.request('POST', '/api/units', {
      code: 'SO-THU',
      kind: 'provincial_department',
      name: 'Sở Thử',
      parentId: root,
      communeType: 'ward',
      validFrom: '2026-01-01',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.fields.communeType).toMatch(/cấp xã|commune/i);
    const unknown = await admin.request('POST', '/api/units', {
      code: 'XA-THU',
      kind: 'commune',
      name: 'Xã Thử',
      parentId: root,
      communeType: 'hamlet',
      validFrom: '2026-01-01',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('communeType');
    expect(await auditCount(t, 'unit.')).toBe(before + 1);
  });

  it('a rename may change only the type (a new version from that day); a non-commune cannot take one', async () => {
    const id = await idOf(admin, 'XA-MU-CA');
    const res = await admin.request('POST', `/api/units/${id}/rename`, {
      name: 'Xã Mù Cả',
      communeType: 'special_zone',
      effectiveDate: '2026-02-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = (await admin.request('GET', `/api/units/${id}`)).json();
    expect(
      detail.versions.map((v: { communeType: string | null; validFrom: string }) => [
        v.validFrom,
        v.communeType,
      ]),
    ).toEqual([
      ['2004-01-01', 'rural_commune'],
      ['2025-07-01', 'rural_commune'],
      ['2026-02-01', 'special_zone'],
    ]);
    // a rename that leaves the type out keeps it
    await admin.request('POST', `/api/units/${id}/rename`, {
      name: 'Đặc khu Mù Cả',
      effectiveDate: '2026-02-15',
    });
    expect(await typeOf('XA-MU-CA', '2026-02-20')).toMatchObject({
      name: 'Đặc khu Mù Cả',
      communeType: 'special_zone',
    });

    const nv = await idOf(admin, 'SO-NV');
    const bad = await admin.request('POST', `/api/units/${nv}/rename`, {
      name: 'Sở Nội vụ',
      communeType: 'ward',
      effectiveDate: '2026-02-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('communeType');
  });
});
