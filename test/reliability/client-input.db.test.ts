/**
 * No 500 from client input (issue 15 item 3): malformed multipart on every upload route of the
 * route table, unsafe text in any field, integers past their columns, database data errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDataError, sqlState } from '../../server/plugins/errors.ts';
import { safeTextIssues } from '../../shared/contracts/common.ts';
import { apiRoutes } from '../support/routes.ts';
import {
  buildTestApp,
  testAdminPassword,
  type Session,
  type TestApp,
} from '../support/test-app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn('admin', testAdminPassword);
});
afterAll(() => t.close());

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('malformed multipart', () => {
  const bodies: [string, string, string][] = [
    [
      'no boundary',
      'multipart/form-data',
      '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
    ],
    [
      'truncated',
      'multipart/form-data; boundary=XYZ',
      '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004abc',
    ],
    ['garbage', 'multipart/form-data; boundary=XYZ', '\u0000\u0001garbage--XYZ--'],
    ['empty', 'multipart/form-data; boundary=XYZ', ''],
    ['broken headers', 'multipart/form-data; boundary=XYZ', '--XYZ\r\nbroken\r\n\r\n--XYZ--\r\n'],
  ];
  it('every upload route answers 4xx, never 5xx', async () => {
    const uploads = apiRoutes(t.app).filter((r) => r.multipart);
    expect(uploads.length).toBeGreaterThanOrEqual(5);
    for (const route of uploads)
      for (const [name, type, payload] of bodies) {
        const res = await admin.request(route.method, fill(route.url), payload, {
          'content-type': type,
        });
        expect(
          res.statusCode,
          `${route.method} ${route.url} ${name}: ${res.body}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${route.method} ${route.url} ${name}: ${res.body}`).toBeLessThan(
          500,
        );
      }
  });
});

describe('unsafe text', () => {
  it.each([
    ['a NUL byte', 'Nguyễn\u0000Văn'],
    ['a lone high surrogate', 'Nguyễn \uD800 Văn'],
    ['a lone low surrogate', '\uDC00'],
  ])('%s in a text field is a field error in both languages', async (_, fullName) => {
    const body = { username: 'nul.test', fullName, password: 'a-strong-password-2026' };
    const vi = await admin.request('POST', '/api/users', body);
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error.fields.fullName).toMatch(/ký tự không hợp lệ/);
    const en = await admin.request('POST', '/api/users', body, { 'accept-language': 'en' });
    expect(en.json().error.fields.fullName).toMatch(/invalid character/);
  });
  it('in a query string and a path parameter too', async () => {
    const q = await admin.request('GET', '/api/users?x=%00');
    expect(q.statusCode).toBeLessThan(500);
    const p = await admin.request('GET', '/api/units/%00');
    expect(p.statusCode).toBeLessThan(500);
  });
  it('a surrogate pair (an emoji) is fine', () => {
    expect(safeTextIssues({ a: ['ok 😀', { b: 'x\u0000' }] })).toEqual([
      { path: ['a', 1, 'b'], key: 'text_invalid_character' },
    ]);
  });
});

describe('integers', () => {
  it.each([2 ** 31, 2 ** 53, -1, 1.5])(
    'version %s is a 400, not a database error',
    async (version) => {
      const users = (await admin.request('GET', '/api/users')).json().users as { id: string }[];
      const res = await admin.request('PATCH', `/api/users/${users[0]!.id}`, {
        fullName: 'X',
        version,
      });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['version']);
    },
  );
});

describe('database data errors', () => {
  it('class 22 and integrity violations from input are client errors, found through causes', () => {
    expect(clientDataError(sqlState({ cause: { code: '22P05' } }))).toEqual({
      status: 400,
      code: 'invalid_value',
    });
    expect(clientDataError(sqlState({ code: '22003' }))?.status).toBe(400);
    expect(clientDataError(sqlState({ code: '23505' }))?.status).toBe(409);
    expect(clientDataError(sqlState({ code: '40001' }))).toBeUndefined();
    expect(clientDataError(sqlState(new Error('x')))).toBeUndefined();
  });
});
