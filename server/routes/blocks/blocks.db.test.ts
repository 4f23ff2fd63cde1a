import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, auditCount, idOf, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
});
afterAll(async () => t?.close());

describe('emulation blocks', () => {
  it('creates a cluster, sets a year of members with one head, and lists it', async () => {
    const audits = await auditCount(t, 'block.');
    const created = await admin.request('POST', '/api/blocks', {
      code: 'CUM-1',
      kind: 'cluster',
      name: 'Cụm thi đua số 1',
    });
    expect(created.statusCode).toBe(201);
    const block = created.json();
    expect(block).toMatchObject({
      code: 'CUM-1',
      kind: 'cluster',
      members: [],
      abilities: { manage: true },
    });
    const [a, b] = [await idOf(admin, 'XA-PAC-TA'), await idOf(admin, 'XA-NAM-SO')];
    const put = await admin.request('PUT', `/api/blocks/${block.id}/members/2026`, {
      members: [
        { unitId: a, role: 'member' },
        { unitId: b, role: 'head' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(
      put.json().members.map((m: { unitName: string; role: string }) => [m.unitName, m.role]),
    ).toEqual([
      ['Xã Nậm Sỏ', 'head'],
      ['Xã Pắc Ta', 'member'],
    ]);
    const list = (await admin.request('GET', '/api/blocks?year=2026')).json();
    expect(list).toMatchObject({ year: 2026, abilities: { create: true } });
    expect(list.blocks.find((x: { code: string }) => x.code === 'CUM-1').members).toHaveLength(2);
    expect(
      (await admin.request('GET', '/api/blocks?year=2025'))
        .json()
        .blocks.find((x: { code: string }) => x.code === 'CUM-1').members,
    ).toEqual([]);
    expect(await auditCount(t, 'block.')).toBe(audits + 2);
  });

  it('refuses two heads, a duplicate code, a unit in two blocks, and units gone that year', async () => {
    const one = (
      await admin.request('POST', '/api/blocks', { code: 'KHOI-A', kind: 'block', name: 'Khối A' })
    ).json();
    const two = (
      await admin.request('POST', '/api/blocks', { code: 'KHOI-B', kind: 'block', name: 'Khối B' })
    ).json();
    const dup = await admin.request('POST', '/api/blocks', {
      code: 'KHOI-A',
      kind: 'block',
      name: 'Khối A lần nữa',
    });
    expect(dup.json().error.fields).toEqual({ code: 'Mã khối/cụm KHOI-A đã được dùng.' });
    const [tc, yt] = [await idOf(admin, 'SO-TC'), await idOf(admin, 'SO-YT')];
    const heads = await admin.request('PUT', `/api/blocks/${one.id}/members/2026`, {
      members: [
        { unitId: tc, role: 'head' },
        { unitId: yt, role: 'head' },
      ],
    });
    expect(heads.statusCode).toBe(400);
    expect(Object.keys(heads.json().error.fields)).toEqual(['members']);
    expect(
      (
        await admin.request('PUT', `/api/blocks/${one.id}/members/2026`, {
          members: [{ unitId: tc, role: 'head' }],
        })
      ).statusCode,
    ).toBe(200);
    const taken = await admin.request(
      'PUT',
      `/api/blocks/${two.id}/members/2026`,
      { members: [{ unitId: tc, role: 'member' }] },
      { 'accept-language': 'en' },
    );
    expect(taken.json().error.fields).toEqual({
      'members.0.unitId': 'The unit already belongs to Khối A in 2026.',
    });
    const tnmt = await idOf(admin, 'SO-TNMT', '2024-06-01');
    const gone = await admin.request('PUT', `/api/blocks/${two.id}/members/2026`, {
      members: [{ unitId: tnmt, role: 'member' }],
    });
    expect(Object.keys(gone.json().error.fields)).toEqual(['members.0.unitId']);
    expect(
      (
        await admin.request('PUT', `/api/blocks/${two.id}/members/2024`, {
          members: [{ unitId: tnmt, role: 'member' }],
        })
      ).statusCode,
    ).toBe(200);
  });

  it('lets anyone signed in read blocks but only the office or an admin of the province manage them', async () => {
    const officer = await userWith(t, admin, 'block-officer', 'unit_officer', 'SO-NV');
    const list = await officer.request('GET', '/api/blocks');
    expect(list.statusCode).toBe(200);
    expect(list.json().abilities.create).toBe(false);
    expect(
      (await officer.request('POST', '/api/blocks', { code: 'X', kind: 'block', name: 'X' }))
        .statusCode,
    ).toBe(403);
    const office = await userWith(t, admin, 'block-office', 'emulation_office', 'UBND-TINH');
    expect(
      (
        await office.request('POST', '/api/blocks', {
          code: 'KHOI-VP',
          kind: 'block',
          name: 'Khối văn phòng',
        })
      ).statusCode,
    ).toBe(201);
    const deptAdmin = await userWith(t, admin, 'block-dept-admin', 'admin', 'SO-TC');
    expect(
      (
        await deptAdmin.request('POST', '/api/blocks', {
          code: 'KHOI-TC',
          kind: 'block',
          name: 'Khối',
        })
      ).statusCode,
    ).toBe(403);
  });
});
