import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';
import { auditCount, idOf, userWith } from '../../../test/support/api.ts';

let t: TestApp;
let admin: Session;
let office: Session;
let xdHead: Session;
let tcHead: Session;
let nvHead: Session;
let blockId: string;
let soxd: string;
let sotc: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
  office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
  xdHead = await userWith(t, admin, 'soxd.head', 'unit_head', 'SO-XD');
  tcHead = await userWith(t, admin, 'sotc.head', 'unit_head', 'SO-TC');
  nvHead = await userWith(t, admin, 'sonv.head', 'unit_head', 'SO-NV');
  soxd = await idOf(admin, 'SO-XD');
  sotc = await idOf(admin, 'SO-TC');
  const block = await admin.request('POST', '/api/blocks', {
    code: 'CUM-KT',
    kind: 'cluster',
    name: 'Cụm thi đua các sở kinh tế',
  });
  blockId = block.json().id;
  const members = await admin.request('PUT', `/api/blocks/${blockId}/members/2026`, {
    members: [
      { unitId: soxd, role: 'head' },
      { unitId: sotc, role: 'member' },
    ],
  });
  expect(members.statusCode).toBe(200);
});
afterAll(() => t.close());

const url = () => `/api/blocks/${blockId}/pledges/2026`;

describe('cluster pledges', () => {
  it('the head unit drafts the text; a non-member may not; stale version → 409', async () => {
    expect((await nvHead.request('GET', url())).statusCode).toBe(404);
    expect((await tcHead.request('POST', url(), { text: 'x' })).statusCode).toBe(403);
    const before = await auditCount(t, 'cluster_pledge.draft');
    const first = await xdHead.request('POST', url(), { text: 'Giao ước thi đua năm 2026' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, complete: false });
    const second = await office.request('POST', url(), { text: 'Giao ước (sửa)', version: 1 });
    expect(second.json().version).toBe(2);
    expect((await xdHead.request('POST', url(), { text: 'y', version: 1 })).statusCode).toBe(409);
    expect(await auditCount(t, 'cluster_pledge.draft')).toBe(before + 2);
  });

  it('each member head signs for its unit, in any order; then the pledge is complete', async () => {
    const sign = (s: Session, unitId: string) => s.request('POST', `${url()}/sign`, { unitId });
    expect((await office.request('POST', `${url()}/sign`, { unitId: soxd })).statusCode).toBe(403);
    const wrong = await tcHead.request('POST', `${url()}/sign`, { unitId: soxd });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.unitId).toBeDefined();
    const a = await sign(tcHead, sotc);
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ complete: false, abilities: { draft: false, sign: false } });
    expect((await sign(tcHead, sotc)).statusCode).toBe(403);
    expect((await xdHead.request('POST', url(), { text: 'z', version: 2 })).statusCode).toBe(403);
    const b = await sign(xdHead, soxd);
    expect(b.json().complete).toBe(true);
    expect(b.json().members.every((m: { signedAt: string | null }) => m.signedAt)).toBe(true);
    expect(await auditCount(t, 'cluster_pledge.sign')).toBe(2);
  });
});
