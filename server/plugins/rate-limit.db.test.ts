import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { testAdminPassword, testDb, type TestDb } from '../../test/support/test-app.ts';

// Tiny limits so the buckets show in a few requests; production sizes are in security.ts.
let db: TestDb;
let app: FastifyInstance;
beforeAll(async () => {
  db = await testDb();
  app = await buildApp(db.deps, {
    serveApp: false,
    rateLimit: { session: 3, anonymous: 5 },
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function signIn() {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: testAdminPassword },
  });
  expect(res.statusCode).toBe(200);
  return String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
}

describe('rate limits per session and route class (one address for everyone)', () => {
  it('counts signed-in requests per session, so colleagues behind one address are not refused', async () => {
    const first = await signIn();
    const second = await signIn();
    const me = (cookie: string) =>
      app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    for (let i = 0; i < 3; i++) expect((await me(first)).statusCode).toBe(200);
    expect((await me(first)).statusCode).toBe(429);
    // The same address, another session: its own bucket.
    for (let i = 0; i < 3; i++) expect((await me(second)).statusCode).toBe(200);
    // Public reads and the liveness probe are not counted at all.
    for (let i = 0; i < 8; i++) {
      expect((await app.inject({ method: 'GET', url: '/api/public/movements' })).statusCode).toBe(
        200,
      );
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    }
    // Anonymous requests of the address have their own bucket (2 sign-ins spent 2 of 5).
    const anonymous = () => app.inject({ method: 'GET', url: '/api/me' });
    for (let i = 0; i < 3; i++) expect((await anonymous()).statusCode).toBe(401);
    const refused = await anonymous();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('too_many_requests');
  });
});

describe('request logs (production settings)', () => {
  it('writes one JSON line per request at info', async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => void lines.push(line) };
    const logged = await buildApp(db.deps, { serveApp: false, logger: { level: 'info', stream } });
    await logged.ready();
    try {
      await logged.inject({ method: 'GET', url: '/api/health' });
      await logged.inject({ method: 'GET', url: '/api/public/movements' });
      const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(entries).toHaveLength(2);
      expect(entries[1]).toMatchObject({
        level: 30,
        msg: 'request',
        method: 'GET',
        url: '/api/public/movements',
        statusCode: 200,
      });
    } finally {
      await logged.close();
    }
  });
});
