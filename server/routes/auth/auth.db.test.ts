import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../services/audit.ts';
import { buildTestApp, testAdminPassword, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
const now = new Date('2026-03-02T02:00:00Z');
beforeAll(async () => {
  t = await buildTestApp({ now });
});
afterAll(() => t.close());

const login = (
  username: string,
  password: string,
  headers: Record<string, string> = {},
  ip = '10.0.0.1',
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers,
    remoteAddress: ip,
  });

describe('system', () => {
  it('GET /api/health answers ok with the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgresql' : 'embedded',
    });
  });

  it('unknown API routes answer 404 JSON in Vietnamese by default', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'route_not_found', message: 'Không có địa chỉ API này.' },
    });
  });

  it('sends security headers: CSP without inline scripts, no sniffing, no framing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(
      doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['username', 'password']);
    expect(doc.paths['/api/public/movements']).toBeDefined();
    // 204s and downloads are described too, so a client knows there is no JSON to read
    expect(doc.paths['/api/auth/logout'].post.responses['204'].description).toBe('No content');
    const template = doc.paths['/api/units/import/template.xlsx'].get.responses['200'];
    expect(JSON.stringify(template)).toContain('"format":"binary"');
  });
});

describe('sign-in', () => {
  it('signs in, sets an HttpOnly SameSite cookie and returns the CSRF token', async () => {
    const res = await login('admin', testAdminPassword);
    expect(res.statusCode).toBe(200);
    const cookie = String([res.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/^thidua_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = res.json();
    expect(body.username).toBe('admin');
    expect(body.csrfToken).toHaveLength(32);
    expect(body.grants).toEqual([
      expect.objectContaining({ role: 'admin', unitName: 'Ủy ban nhân dân tỉnh Lai Châu' }),
    ]);
  });

  it('wrong password → 401 in the request language', async () => {
    const vi = await login('admin', 'sai-mat-khau', {}, '10.0.0.2');
    expect(vi.statusCode).toBe(401);
    expect(vi.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    const en = await login('admin', 'wrong', { 'accept-language': 'en-US,en;q=0.9' }, '10.0.0.2');
    expect(en.json().error.message).toBe('Wrong username or password.');
  });

  it('malformed JSON → 400, missing field → 400 with a field-level message', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('malformed_body');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { password: 'Trường này là bắt buộc.' },
    });
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 5, password: 'x' },
      headers: { 'accept-language': 'en' },
    });
    expect(wrongType.json().error.fields.username).toBe('Wrong kind of value (expected text).');
  });

  it('slows repeated failures of one user from one address with 429, not from others', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('throttled', 'wrong', {}, '10.1.0.1')).statusCode).toBe(401);
    const res = await login('throttled', 'wrong', {}, '10.1.0.1');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/thử lại sau 1 giây/);
    expect((await login('throttled', 'wrong', {}, '10.1.0.99')).statusCode).toBe(401);
  });

  it('slows an address trying many distinct usernames', async () => {
    for (let i = 0; i < 20; i++) await login(`user${i}`, 'wrong', {}, '10.9.9.9');
    expect((await login('admin', testAdminPassword, {}, '10.9.9.9')).statusCode).toBe(429);
    expect((await login('admin', testAdminPassword, {}, '10.9.9.10')).statusCode).toBe(200);
  });
});

describe('session', () => {
  it('GET /api/me needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
  });

  it('state-changing requests need the CSRF token, and a foreign Origin is refused', async () => {
    const s = await t.signIn('admin', testAdminPassword);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const foreign = await s.request('POST', '/api/auth/logout', undefined, {
      origin: 'https://evil.example',
    });
    expect(foreign.statusCode).toBe(403);
    expect((await s.request('GET', '/api/me')).statusCode).toBe(200);
  });

  it('sign-out ends the session', async () => {
    const s = await t.signIn('admin', testAdminPassword);
    expect((await s.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await s.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('expires after 30 idle minutes', async () => {
    const s = await t.signIn('admin', testAdminPassword);
    t.deps.clock = () => new Date(now.getTime() + 29 * 60_000);
    expect((await s.request('GET', '/api/me')).statusCode).toBe(200);
    t.deps.clock = () => new Date(now.getTime() + 29 * 60_000 + 30 * 60_000);
    expect((await s.request('GET', '/api/me')).statusCode).toBe(401);
    t.deps.clock = () => now;
  });

  it('changes the password with field-level errors for mistakes', async () => {
    const s = await t.signIn('admin', testAdminPassword);
    const wrong = await s.request('POST', '/api/me/password', {
      currentPassword: 'nope',
      newPassword: 'mat-khau-moi-2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
    const weak = await s.request('POST', '/api/me/password', {
      currentPassword: testAdminPassword,
      newPassword: 'short',
    });
    expect(weak.json().error.fields).toHaveProperty('newPassword');
    expect(
      (
        await s.request('POST', '/api/me/password', {
          currentPassword: testAdminPassword,
          newPassword: 'mat-khau-moi-2026',
        })
      ).statusCode,
    ).toBe(204);
    expect((await login('admin', 'mat-khau-moi-2026', {}, '10.2.0.1')).statusCode).toBe(200);
    await s.request('POST', '/api/me/password', {
      currentPassword: 'mat-khau-moi-2026',
      newPassword: testAdminPassword,
    });
  });

  it('until a generated password is changed, only the change, /api/me and sign-out answer', async () => {
    const admin = await t.signIn('admin', testAdminPassword);
    const created = await admin.request('POST', '/api/users', {
      username: 'doi.mat.khau',
      fullName: 'Người Được Cấp Mật Khẩu',
      password: 'duoc-cap-2026-abc',
    });
    expect(created.json().mustChangePassword).toBe(true);
    const s = await t.signIn('doi.mat.khau', 'duoc-cap-2026-abc');
    expect((await s.request('GET', '/api/me')).json().mustChangePassword).toBe(true);
    for (const [method, url] of [
      ['GET', '/api/units/tree'],
      ['GET', '/api/report-periods'],
      ['GET', '/api/notifications'],
      ['POST', '/api/people'],
    ] as const) {
      const res = await s.request(method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error).toEqual({
        code: 'password_change_required',
        message: 'Bạn cần đổi mật khẩu được cấp trước khi tiếp tục.',
      });
    }
    const en = await s.request('GET', '/api/units/tree', undefined, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('Change the password you were given before you continue.');
    // pages that need no session answer as they would signed out
    expect((await s.request('GET', '/api/public/movements')).statusCode).toBe(200);
    const changed = await s.request('POST', '/api/me/password', {
      currentPassword: 'duoc-cap-2026-abc',
      newPassword: 'mat-khau-rieng-2026',
    });
    expect(changed.statusCode).toBe(204);
    expect((await s.request('GET', '/api/units/tree')).statusCode).toBe(200);
    expect((await s.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    // sign-out answers while the change is pending, too
    await admin.request('POST', `/api/users/${created.json().id}/password`, {
      newPassword: 'duoc-cap-lai-2026',
    });
    const again = await t.signIn('doi.mat.khau', 'duoc-cap-lai-2026');
    expect((await again.request('GET', '/api/units/tree')).statusCode).toBe(403);
    expect((await again.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await again.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('every write above left an intact audit chain', async () => {
    expect(await verifyAudit(t.deps.db, t.tenantId)).toMatchObject({ ok: true });
  });
});
