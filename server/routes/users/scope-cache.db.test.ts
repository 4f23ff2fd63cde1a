import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, userWith } from '../../../test/support/api.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { insertUserWithRole, userPassword } from '../../../test/support/users.ts';

// The covered units are cached per user (ADR 0052); a grant or tree change shows at once.
let t: TestApp;
let admin: Session;
let periodId: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  const office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  const res = await office.request('POST', '/api/report-periods', {
    movementCode: 'HTCS-THTK-2022-2030',
    year: 2026,
    kind: 'year',
    opensOn: '2026-02-01',
    deadline: '2026-03-20',
    closesOn: '2026-04-30',
  });
  expect(res.statusCode, res.body).toBe(201);
  periodId = res.json().id;
});
afterAll(() => t.close());

const reportOf = (s: Session, unitId: string) =>
  s.request('GET', `/api/report-periods/${periodId}/reports/${unitId}`);

describe('scope without a walk per request, never stale', () => {
  it('a grant given or taken away is seen on the very next request', async () => {
    const finance = await idOf(admin, 'SO-TC');
    const building = await idOf(admin, 'SO-XD');
    const userId = await insertUserWithRole(t, { username: 'head.sotc' }, 'unit_head', finance);
    const head = await t.signIn('head.sotc', userPassword);
    expect((await reportOf(head, finance)).statusCode).toBe(200);
    expect((await reportOf(head, building)).statusCode).toBe(404);

    const granted = await admin.request('POST', `/api/users/${userId}/grants`, {
      role: 'unit_head',
      unitId: building,
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect((await reportOf(head, building)).statusCode).toBe(200);

    const grant = (granted.json().grants as { id: string; unitId: string }[]).find(
      (g) => g.unitId === building,
    )!;
    expect((await admin.request('DELETE', `/api/grants/${grant.id}`)).statusCode).toBe(204);
    expect((await reportOf(head, building)).statusCode).toBe(404);
    expect((await reportOf(head, finance)).statusCode).toBe(200);
  });

  it('a unit added under a granted unit is covered on the next request', async () => {
    const root = await idOf(admin, 'UBND-TINH');
    const head = await (async () => {
      await insertUserWithRole(t, { username: 'head.root' }, 'unit_head', root);
      return t.signIn('head.root', userPassword);
    })();
    expect((await head.request('GET', '/api/me')).statusCode).toBe(200);
    const created = await admin.request('POST', '/api/units', {
      code: 'XA-MOI-2026',
      kind: 'commune',
      name: 'Xã Mới',
      communeType: 'rural_commune',
      parentId: root,
      validFrom: '2026-03-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = await idOf(admin, 'XA-MOI-2026', '2026-03-02');
    expect((await reportOf(head, id)).statusCode).toBe(200);
  });
});
