import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, userWith } from '../../../test/support/api.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../../../test/support/test-app.ts';

// Public answers are computed once per change and served as stored (ADR 0051).
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
const plan = '/api/public/movements/HTCS-THTK-2022-2030';

describe('cached public answers', () => {
  it('answers with an ETag, 304 to a matching If-None-Match, and pre-compressed variants', async () => {
    const first = await get('/api/public/targets');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.headers['content-encoding']).toBeUndefined();

    const again = await get('/api/public/targets', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await get('/api/public/targets', { 'if-none-match': `W/${etag}` })).statusCode).toBe(
      304,
    );

    const br = await get(plan, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await get(plan, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await get(plan);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect(plain.json().sectors).toHaveLength(13);
  });

  it('a target actual entered is in the next answer, under a new ETag', async () => {
    const before = await get('/api/public/targets');
    const office = await userWith(t, admin, 'tdkt.office', 'emulation_office', 'UBND-TINH');
    const res = await office.request('PUT', '/api/targets/FOREST_COVER/actuals/2023', {
      value: 52.5,
      source: 'Niên giám thống kê 2023',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await get('/api/public/targets', {
      'if-none-match': before.headers.etag as string,
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const forest = (after.json() as { code: string; actualsByYear: { value: number }[] }[]).find(
      (x) => x.code === 'FOREST_COVER',
    )!;
    expect(forest.actualsByYear.map((a) => a.value)).toEqual([52.5]);
  });

  it('a unit renamed is in the plan’s next answer (sectors name today’s lead bodies)', async () => {
    const before = await get(plan);
    const id = await idOf(admin, 'SO-XD');
    const res = await admin.request('POST', `/api/units/${id}/rename`, {
      name: 'Sở Xây dựng và Giao thông',
      effectiveDate: '2026-03-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await get(plan);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const names = (after.json() as { sectors: { currentLead: { name: string } }[] }).sectors.map(
      (s) => s.currentLead.name,
    );
    expect(names).toContain('Sở Xây dựng và Giao thông');
  });

  it('a write to something the answers do not show (a user) leaves them cached', async () => {
    const before = await get('/api/public/movements');
    await userWith(t, admin, 'sotc.officer', 'unit_officer', 'SO-TC');
    const again = await get('/api/public/movements', {
      'if-none-match': before.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
  });
});
