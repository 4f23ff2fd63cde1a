import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, idOf, tree, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
});
afterAll(async () => t?.close());

describe('permissions', () => {
  it('lets a unit officer read the tree but change nothing', async () => {
    const officer = await userWith(t, admin, 'officer-nv', 'unit_officer', 'SO-NV');
    const view = await tree(officer, '2026-01-01');
    expect(view.units.length).toBeGreaterThan(30);
    expect(view.units.every((u) => Object.values(u.abilities).every((v) => !v))).toBe(true);
    const nv = await idOf(admin, 'SO-NV');
    const res = await officer.request('POST', `/api/units/${nv}/rename`, {
      name: 'Sở Nội vụ mới',
      effectiveDate: '2026-06-01',
    });
    expect(res.statusCode).toBe(403);
    expect((await officer.request('GET', `/api/units/${nv}`)).statusCode).toBe(200);
  });

  it('limits a department admin to its own subtree', async () => {
    const deptAdmin = await userWith(t, admin, 'admin-tc', 'admin', 'SO-TC');
    const tc = await idOf(admin, 'SO-TC');
    const yt = await idOf(admin, 'SO-YT');
    const ok = await deptAdmin.request('POST', '/api/units', {
      code: 'TC-PHONG-1',
      kind: 'sub_unit',
      name: 'Phòng Ngân sách',
      parentId: tc,
      validFrom: '2026-01-01',
    });
    expect(ok.statusCode).toBe(201);
    expect(
      (
        await deptAdmin.request('POST', `/api/units/${yt}/rename`, {
          name: 'Y tế',
          effectiveDate: '2026-06-01',
        })
      ).statusCode,
    ).toBe(403);
    const merge = await deptAdmin.request('POST', '/api/units/merge', {
      predecessorIds: [yt],
      successor: { unitId: tc },
      effectiveDate: '2026-06-01',
    });
    expect(merge.statusCode).toBe(403);
    const root = await deptAdmin.request('POST', '/api/units', {
      code: 'TOP',
      kind: 'other_organisation',
      name: 'Top',
      validFrom: '2026-01-01',
    });
    expect(root.statusCode).toBe(403);
    const view = await tree(deptAdmin, '2026-01-01');
    expect(view.units.find((u) => u.id === tc)!.abilities.rename).toBe(true);
    expect(view.units.find((u) => u.id === yt)!.abilities.rename).toBe(false);
  });
});
