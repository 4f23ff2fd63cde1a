import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/support/test-app.ts';
import { loadScope } from '../../repositories/scope.ts';
import { findUserByUsername } from '../../repositories/users.ts';
import { createUnit } from '../../services/units.ts';
import { adminPassword, auditCount, idOf, tree, type TreeUnit } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', adminPassword);
});
afterAll(async () => t?.close());

describe('reading the tree', () => {
  it('has the districts in 2024 and none after the 2025 reform', async () => {
    const before = await tree(admin, '2024-06-01');
    expect(before.units.filter((u) => u.kind === 'district')).toHaveLength(8);
    expect(before.units[0]).toMatchObject({
      code: 'UBND-TINH',
      parentId: null,
      abilities: { rename: true, createChild: true },
    });
    const after = await tree(admin, '2026-01-01');
    expect(after.units.filter((u) => u.kind === 'district')).toEqual([]);
    expect(after.units.filter((u) => u.kind === 'commune')).toHaveLength(38);
  });

  it('defaults to today and lists siblings in Vietnamese order', async () => {
    const today = await tree(admin);
    expect(today.asOf).toBe('2026-03-02');
    const root = today.units[0]!.id;
    const names = today.units.filter((u) => u.parentId === root).map((u) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('traces Sở Nông nghiệp và Môi trường back to the two departments merged into it', async () => {
    const id = await idOf(admin, 'SO-NNMT');
    const res = await admin.request('GET', `/api/units/${id}/lineage`);
    expect(res.statusCode).toBe(200);
    const { predecessors, successors } = res.json();
    expect(predecessors.map((p: { code: string }) => p.code).sort()).toEqual([
      'SO-NNPTNT',
      'SO-TNMT',
    ]);
    expect(predecessors[0]).toMatchObject({
      eventKind: 'merge',
      effectiveDate: '2025-03-01',
      depth: 1,
    });
    expect(successors).toEqual([]);
    const tnmt = await idOf(admin, 'SO-TNMT', '2024-06-01');
    const back = (await admin.request('GET', `/api/units/${tnmt}/lineage`)).json();
    expect(back.successors.map((s: { code: string; name: string }) => [s.code, s.name])).toEqual([
      ['SO-NNMT', 'Sở Nông nghiệp và Môi trường'],
    ]);
  });

  it('shows a unit with its versions and events, parties named', async () => {
    const id = await idOf(admin, 'SO-NNMT');
    const res = await admin.request('GET', `/api/units/${id}`);
    expect(res.statusCode).toBe(200);
    const unit = res.json();
    expect(unit).toMatchObject({
      code: 'SO-NNMT',
      kind: 'provincial_department',
      validFrom: '2025-03-01',
      validTo: null,
      abilities: { rename: true },
    });
    expect(unit.versions).toMatchObject([
      { name: 'Sở Nông nghiệp và Môi trường', parentName: 'Ủy ban nhân dân tỉnh Lai Châu' },
    ]);
    const merge = unit.events.find((e: { kind: string }) => e.kind === 'merge');
    expect(merge.parties.map((p: { unitName: string }) => p.unitName)).toContain(
      'Sở Tài nguyên và Môi trường',
    );
  });

  it('answers 404 for an id that is not a unit of the tenant, and 401 without a session', async () => {
    expect(
      (await admin.request('GET', '/api/units/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/units/tree' })).statusCode).toBe(401);
  });
});

describe('changing the tree', () => {
  it('merges two communes into a new one and the tree and lineage follow', async () => {
    const a = await idOf(admin, 'XA-BAN-BO');
    const b = await idOf(admin, 'XA-BINH-LU');
    const audits = await auditCount(t, 'unit.merge');
    const res = await admin.request('POST', '/api/units/merge', {
      predecessorIds: [a, b],
      successor: { code: 'XA-BAN-BO-BINH-LU', kind: 'commune', name: 'Xã Bản Bo - Bình Lư' },
      effectiveDate: '2026-07-01',
      basis: 'Nghị quyết thử nghiệm',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe('2026-07-01');
    expect(body.units.map((u: TreeUnit) => [u.code, u.validTo])).toEqual([
      ['XA-BAN-BO-BINH-LU', null],
      ['XA-BAN-BO', '2026-07-01'],
      ['XA-BINH-LU', '2026-07-01'],
    ]);
    expect(body.units[0].abilities).toEqual({
      rename: true,
      move: true,
      dissolve: true,
      createChild: true,
    });
    const codes = (await tree(admin, '2026-07-01')).units.map((u) => u.code);
    expect(codes).toContain('XA-BAN-BO-BINH-LU');
    expect(codes).not.toContain('XA-BAN-BO');
    expect((await tree(admin, '2026-06-30')).units.map((u) => u.code)).toContain('XA-BAN-BO');
    const lineage = (await admin.request('GET', `/api/units/${body.units[0].id}/lineage`)).json();
    type Link = { code: string; depth: number; verified: boolean };
    const preds = lineage.predecessors as Link[];
    expect(preds.filter((p) => p.depth === 1).map((p) => [p.code, p.verified])).toEqual([
      ['XA-BAN-BO', true],
      ['XA-BINH-LU', true],
    ]);
    // beyond them, the old communes the seed merged into them in 2025, marked unverified
    expect(preds.filter((p) => p.depth === 2).map((p) => [p.code, p.verified])).toEqual(
      expect.arrayContaining([
        ['XA-NA-TAM-TAM-DUONG', false],
        ['TT-TAM-DUONG-TAM-DUONG', false],
      ]),
    );
    expect(await auditCount(t, 'unit.merge')).toBe(audits + 1);
  });

  it('creates, renames, moves, splits and dissolves, each with one audit entry', async () => {
    const root = await idOf(admin, 'UBND-TINH');
    const nv = await idOf(admin, 'SO-NV');
    const write = async (url: string, body: unknown, status = 200) => {
      const before = await auditCount(t, 'unit.');
      const res = await admin.request('POST', url, body);
      expect(res.statusCode, res.body).toBe(status);
      expect(await auditCount(t, 'unit.')).toBe(before + 1);
      return res.json() as { asOf: string; units: TreeUnit[] };
    };
    const created = await write(
      '/api/units',
      {
        code: 'PHONG-TDKT',
        kind: 'sub_unit',
        name: 'Phòng Thi đua',
        parentId: nv,
        validFrom: '2026-01-01',
      },
      201,
    );
    const office = created.units[0]!.id;
    expect(created.units[0]).toMatchObject({
      code: 'PHONG-TDKT',
      parentId: nv,
      abilities: { rename: true },
    });
    await write(`/api/units/${office}/rename`, {
      name: 'Ban Thi đua - Khen thưởng',
      shortName: 'Ban TĐKT',
      effectiveDate: '2026-02-01',
    });
    await write(`/api/units/${office}/move`, { parentId: root, effectiveDate: '2026-03-01' });
    const split = await write(`/api/units/${office}/split`, {
      successors: [
        { code: 'PHONG-TD', kind: 'sub_unit', name: 'Phòng Thi đua' },
        { unitId: nv, share: 'Khen thưởng' },
      ],
      effectiveDate: '2026-04-01',
    });
    const td = split.units.find((u) => u.code === 'PHONG-TD')!;
    expect(td.parentId).toBe(root);
    await write(`/api/units/${td.id}/dissolve`, { effectiveDate: '2026-05-01', successorId: nv });
    const detail = (await admin.request('GET', `/api/units/${office}`)).json();
    expect(
      detail.versions.map((v: { name: string; parentName: string; validTo: string | null }) => [
        v.name,
        v.parentName,
        v.validTo,
      ]),
    ).toEqual([
      ['Phòng Thi đua', 'Sở Nội vụ', '2026-02-01'],
      ['Ban Thi đua - Khen thưởng', 'Sở Nội vụ', '2026-03-01'],
      ['Ban Thi đua - Khen thưởng', 'Ủy ban nhân dân tỉnh Lai Châu', '2026-04-01'],
    ]);
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual([
      'create',
      'rename',
      'move',
      'split',
    ]);
    expect(detail.abilities.rename).toBe(false);
  });

  it('answers bad input with 400 and field errors in the requested language', async () => {
    const res = await admin.request(
      'POST',
      '/api/units',
      { code: '', kind: 'planet', name: 'X', validFrom: '2026-02-30' },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['code', 'kind', 'validFrom']);
    const nv = await idOf(admin, 'SO-NV');
    const taken = await admin.request('POST', '/api/units', {
      code: 'SO-TC',
      kind: 'sub_unit',
      name: 'X',
      parentId: nv,
      validFrom: '2026-01-01',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.fields.code).toBe('Mã đơn vị SO-TC đã được dùng.');
    const loop = await admin.request(
      'POST',
      `/api/units/${await idOf(admin, 'UBND-TINH')}/move`,
      { parentId: nv, effectiveDate: '2026-01-01' },
      { 'accept-language': 'en' },
    );
    expect(loop.json().error.fields).toEqual({
      parentId: 'A unit cannot move under itself or one of its own sub-units.',
    });
    const merge = await admin.request('POST', '/api/units/merge', {
      predecessorIds: [nv],
      successor: { code: 'X', kind: 'commune', name: 'X' },
      effectiveDate: '2026-01-01',
    });
    expect(merge.statusCode).toBe(400);
    expect(Object.keys(merge.json().error.fields)).toEqual(['predecessorIds']);
  });

  it('refuses a field the contract does not know, names it, and changes nothing', async () => {
    const nv = await idOf(admin, 'SO-NV');
    const before = await auditCount(t, 'unit.');
    const res = await admin.request('POST', `/api/units/${nv}/rename`, {
      name: 'Sở Nội vụ tỉnh',
      effectiveDate: '2026-01-01',
      population: 5000,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ population: 'Trường không được phép: population.' });
    const query = await admin.request('GET', '/api/units/tree?asOf=2026-01-01&depth=2');
    expect(query.statusCode).toBe(400);
    expect(Object.keys(query.json().error.fields)).toEqual(['depth']);
    expect(await auditCount(t, 'unit.')).toBe(before);
  });

  it('writes nothing when the transaction fails after the rows went in', async () => {
    const user = (await findUserByUsername(t.deps.db, t.tenantId, 'admin'))!;
    const actor = {
      id: user.id,
      tenantId: t.tenantId,
      username: 'admin',
      fullName: '',
      grants: [],
      scope: await loadScope(t.deps.db, user.id, t.tenantId, '2026-03-02'),
    };
    const failingClock = {
      ...t.deps,
      clock: () => {
        throw new Error('clock broke while auditing');
      },
    };
    const root = await idOf(admin, 'UBND-TINH');
    await expect(
      createUnit(failingClock, actor, {
        code: 'HALF-WRITTEN',
        kind: 'sub_unit',
        name: 'X',
        parentId: root,
        validFrom: '2026-01-01',
      }),
    ).rejects.toThrow('clock broke');
    expect((await tree(admin, '2026-01-01')).units.some((u) => u.code === 'HALF-WRITTEN')).toBe(
      false,
    );
  });
});
