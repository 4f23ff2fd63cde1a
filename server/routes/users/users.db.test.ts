import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';

let t: TestApp;
let admin: Session;
const unitId = async (code: string) =>
  (
    await queryRows<{ id: string }>(
      t.deps.db,
      sql`select id from units where code = ${code} and tenant_id = ${t.tenantId}`,
    )
  )[0]!.id;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
});
afterAll(() => t.close());

describe('users and grants API', () => {
  it('creates a user, grants a role on a unit, and the user sees it in /api/me', async () => {
    const created = await admin.request('POST', '/api/users', {
      username: 'nguyen.van.a',
      fullName: 'Nguyễn Văn A',
      password: 'tam-thoi-2026-abc',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ username: 'nguyen.van.a', mustChangePassword: true, grants: [] });
    const granted = await admin.request('POST', `/api/users/${user.id}/grants`, {
      role: 'unit_officer',
      unitId: await unitId('SO-TC'),
    });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().grants).toEqual([
      expect.objectContaining({ role: 'unit_officer', unitName: 'Sở Tài chính' }),
    ]);
    const again = await admin.request('POST', `/api/users/${user.id}/grants`, {
      role: 'unit_officer',
      unitId: await unitId('SO-TC'),
    });
    expect(again.json().grants).toHaveLength(1);
    const s = await t.signIn('nguyen.van.a', 'tam-thoi-2026-abc');
    const me = (await s.request('GET', '/api/me')).json();
    expect(me.mustChangePassword).toBe(true);
    // an officer of one department: their own unit's work, nothing of the office's or the admin's
    expect(me.abilities).toEqual({
      manageUsers: false,
      manageUnits: false,
      readAudit: false,
      registrationsOverview: false,
      reportsBoard: false,
      editCriteria: false,
      enterTargets: true,
      importHistory: true,
      manageRules: false,
      wasteQueue: true,
      editPlan: false,
    });
    expect((await s.request('GET', '/api/users')).statusCode).toBe(403);
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const res = await admin.request('POST', '/api/users', {
      username: 'a b',
      fullName: '',
      password: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['fullName', 'username']);
    const weak = await admin.request('POST', '/api/users', {
      username: 'tran.b',
      fullName: 'Trần B',
      password: 'short',
    });
    expect(weak.json().error.fields).toEqual({
      password: 'Mật khẩu cần ít nhất 12 ký tự, gồm chữ và số.',
    });
    const taken = await admin.request('POST', '/api/users', {
      username: 'ADMIN',
      fullName: 'X',
      password: 'mat-khau-dai-2026',
    });
    expect(taken.json().error.fields).toEqual({ username: 'Tên đăng nhập này đã có người dùng.' });
    const list = (await admin.request('GET', '/api/users')).json();
    expect(list.users.map((u: { username: string }) => u.username)).not.toContain('tran.b');
  });

  it('uses optimistic locking: a stale version answers 409 and changes nothing', async () => {
    const user = (
      await admin.request('POST', '/api/users', {
        username: 'le.c',
        fullName: 'Lê C',
        password: 'mat-khau-dai-2026',
      })
    ).json();
    const first = await admin.request('PATCH', `/api/users/${user.id}`, {
      fullName: 'Lê Văn C',
      version: user.version,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(user.version + 1);
    const stale = await admin.request('PATCH', `/api/users/${user.id}`, {
      fullName: 'Lê Thị C',
      version: user.version,
    });
    expect(stale.statusCode).toBe(409);
    expect((await admin.request('GET', `/api/users/${user.id}`)).json().fullName).toBe('Lê Văn C');
  });

  it('a department admin manages grants only inside its subtree', async () => {
    const deptAdmin = (
      await admin.request('POST', '/api/users', {
        username: 'qt.sotc',
        fullName: 'Quản trị Sở TC',
        password: 'mat-khau-dai-2026',
      })
    ).json();
    await admin.request('POST', `/api/users/${deptAdmin.id}/grants`, {
      role: 'admin',
      unitId: await unitId('SO-TC'),
    });
    const target = (
      await admin.request('POST', '/api/users', {
        username: 'cb.soyte',
        fullName: 'Cán bộ',
        password: 'mat-khau-dai-2026',
      })
    ).json();
    const s = await t.signIn('qt.sotc', 'mat-khau-dai-2026');
    // a created user changes the password it was given before anything else answers
    const own = { currentPassword: 'mat-khau-dai-2026', newPassword: 'mat-khau-rieng-2026' };
    expect((await s.request('POST', '/api/me/password', own)).statusCode).toBe(204);
    expect(
      (
        await s.request('POST', `/api/users/${target.id}/grants`, {
          role: 'unit_officer',
          unitId: await unitId('SO-TC'),
        })
      ).statusCode,
    ).toBe(200);
    const outside = await s.request('POST', `/api/users/${target.id}/grants`, {
      role: 'unit_officer',
      unitId: await unitId('SO-YT'),
    });
    expect(outside.statusCode).toBe(403);
  });

  it('revokes a grant and audits every step', async () => {
    const user = (
      await admin.request('POST', '/api/users', {
        username: 'pham.d',
        fullName: 'Phạm D',
        password: 'mat-khau-dai-2026',
      })
    ).json();
    const withGrant = (
      await admin.request('POST', `/api/users/${user.id}/grants`, {
        role: 'leader',
        unitId: await unitId('UBND-TINH'),
      })
    ).json();
    expect(
      (await admin.request('DELETE', `/api/grants/${withGrant.grants[0].id}`)).statusCode,
    ).toBe(204);
    const actions = await queryRows<{ action: string }>(
      t.deps.db,
      sql`select action from audit_log where entity_id in (${user.id}, ${withGrant.grants[0].id}) order by seq`,
    );
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'grant.create', 'grant.delete']);
  });
});
