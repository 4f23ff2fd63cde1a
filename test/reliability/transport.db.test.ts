/** Transport (issue 15 item 6, ADR 0043): Secure cookie and HSTS behind HTTPS, never on plain HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';
import { testDb, testAdminPassword, type TestDb } from '../support/test-app.ts';

let db: TestDb;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
  const deps = {
    ...db.deps,
    config: readConfig({ DATA_DIR: '.tmp/test-data', NODE_ENV: 'test', ...env }),
  };
  const app = await buildApp(deps, { serveApp: false });
  await app.ready();
  return app;
}

const signIn = (app: FastifyInstance, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: testAdminPassword },
    headers,
  });
const cookieOf = (res: { headers: Record<string, unknown> }) =>
  [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('thidua_session=')) as string;

describe('transport', () => {
  it('plain HTTP: no Secure, no HSTS; a forwarded https header is ignored without TRUST_PROXY', async () => {
    const app = await appWith({});
    const res = await signIn(app, { 'x-forwarded-proto': 'https' });
    expect(res.statusCode).toBe(200);
    expect(cookieOf(res)).not.toMatch(/Secure/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    await app.close();
  });

  it('PUBLIC_URL https: Secure cookie and HSTS', async () => {
    const app = await appWith({ PUBLIC_URL: 'https://thidua.example.vn' });
    const res = await signIn(app);
    expect(cookieOf(res)).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    await app.close();
  });

  it('TRUST_PROXY and X-Forwarded-Proto https: Secure cookie and HSTS', async () => {
    const app = await appWith({ TRUST_PROXY: '127.0.0.1' });
    const res = await signIn(app, { 'x-forwarded-proto': 'https' });
    expect(cookieOf(res)).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toBeDefined();
    const plain = await app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    await app.close();
  });
});
