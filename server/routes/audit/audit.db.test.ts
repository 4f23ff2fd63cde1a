import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { userWith } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
});
afterAll(() => t.close());

describe('GET /api/audit', () => {
  it('shows who changed what, newest first, with before → after, paged by cursor', async () => {
    const user = (
      await admin.request('POST', '/api/users', {
        username: 'nhat.ky',
        fullName: 'Nhật Ký',
        password: 'mat-khau-dai-2026',
      })
    ).json();
    await admin.request('PATCH', `/api/users/${user.id}`, {
      fullName: 'Nhật Ký Mới',
      version: user.version,
    });
    const res = await admin.request('GET', `/api/audit?entityType=user&entityId=${user.id}`);
    expect(res.statusCode).toBe(200);
    const { entries } = res.json();
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'user.update',
      'user.create',
    ]);
    expect(entries[0]).toMatchObject({
      actorName: 'admin',
      before: { fullName: 'Nhật Ký' },
      after: { fullName: 'Nhật Ký Mới' },
    });
    expect(JSON.stringify(entries)).not.toContain('argon2');

    const page1 = (await admin.request('GET', '/api/audit?limit=2')).json();
    expect(page1.entries).toHaveLength(2);
    const page2 = (await admin.request('GET', `/api/audit?limit=2&before=${page1.next}`)).json();
    expect(page2.entries[0].seq).toBeLessThan(page1.entries[1].seq);
  });

  it('verifies the chain on request', async () => {
    const res = await admin.request('GET', '/api/audit/verify');
    expect(res.json()).toMatchObject({ ok: true });
  });

  it('is closed to a department administrator and to unit officers', async () => {
    const deptAdmin = await userWith(t, admin, 'qt.so.yte', 'admin', 'SO-YT');
    expect((await deptAdmin.request('GET', '/api/audit')).statusCode).toBe(403);
    const officer = await userWith(t, admin, 'cb.so.yte', 'unit_officer', 'SO-YT');
    expect((await officer.request('GET', '/api/audit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('rejects a bad limit with a field error', async () => {
    const res = await admin.request('GET', '/api/audit?limit=5000');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('limit');
  });
});
