import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { throttleRules } from '../../domain/auth/rules.ts';
import { buildTestApp, testAdminPassword, type TestApp } from '../../../test/support/test-app.ts';
import { insertUserWithRole, userPassword } from '../../../test/support/users.ts';

/** Sign-in throttling (ADR 0041): atomic, per pair and per address, slowed rather than locked. */
let t: TestApp;
let now = new Date('2026-03-02T02:00:00Z');
let officerId: string;
beforeAll(async () => {
  t = await buildTestApp();
  t.deps.clock = () => now;
  const [unit] = await queryRows<{ id: string }>(
    t.deps.db,
    sql`select id from units where tenant_id = ${t.tenantId} and kind = 'commune' and valid_to is null order by code limit 1`,
  );
  officerId = await insertUserWithRole(t, { username: 'victim' }, 'unit_officer', unit!.id);
});
afterAll(() => t.close());

const login = (username: string, password: string, ip: string, lang = 'vi') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: { 'accept-language': lang },
    remoteAddress: ip,
  });

const statuses = async (n: number, username: string, ip: string) => {
  const all = await Promise.all(Array.from({ length: n }, () => login(username, 'wrong', ip)));
  return all.map((r) => r.statusCode);
};

describe('parallel wrong guesses', () => {
  it.each([40, 100])('%i at once check at most the limit of passwords', async (n) => {
    const user = `ghost${n}`;
    const codes = await statuses(n, user, `10.40.0.${n}`);
    const checked = codes.filter((c) => c === 401).length;
    expect(codes.every((c) => c === 401 || c === 429)).toBe(true);
    expect(checked).toBeLessThanOrEqual(throttleRules.maxPerPair);
    // Parallel reservations may all see each other first (PostgreSQL): then none is checked.
    expect((await login(user, 'wrong', `10.40.0.${n}`)).statusCode).toBe(429);
  });
});

describe('no lockout', () => {
  it('the admin signs in from another address while an attack slows the attacker', async () => {
    await statuses(40, 'admin', '10.66.6.6');
    const attacker = await login('admin', testAdminPassword, '10.66.6.6');
    expect(attacker.statusCode).toBe(429);
    expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(0);
    expect(attacker.json().error.message).toMatch(/thử lại sau \d+ giây/);
    expect((await login('admin', testAdminPassword, '10.0.0.7')).statusCode).toBe(200);
    // The admin's success does not lift the attacker's slowdown.
    expect((await login('admin', 'wrong', '10.66.6.6', 'en')).json().error.message).toMatch(
      /Try again in \d+ seconds/,
    );
  });

  it('a slowed pair gets one try per doubling delay', async () => {
    const ip = '10.77.0.1';
    for (let i = 0; i < throttleRules.maxPerPair; i++)
      expect((await login('slow', 'wrong', ip)).statusCode).toBe(401);
    expect((await login('slow', 'wrong', ip)).statusCode).toBe(429);
    now = new Date(now.getTime() + 60_000);
    expect((await login('slow', 'wrong', ip)).statusCode).toBe(401);
    expect((await login('slow', 'wrong', ip)).statusCode).toBe(429);
  });

  it('one mistyped name does not block an address; many distinct names slow it', async () => {
    const ip = '10.88.0.1';
    for (let i = 0; i < 30; i++) await login('typo', 'wrong', ip);
    expect((await login('admin', testAdminPassword, ip)).statusCode).toBe(200);
    const spray = '10.88.0.2';
    for (let i = 0; i < throttleRules.maxUsernamesPerIp; i++)
      expect((await login(`u${i}`, 'wrong', spray)).statusCode).toBe(401);
    expect((await login('admin', testAdminPassword, spray)).statusCode).toBe(429);
    expect((await login('admin', testAdminPassword, '10.88.0.3')).statusCode).toBe(200);
  });

  it("an admin's password reset, or an unlock, lifts the account's slowdown everywhere", async () => {
    const ip = '10.99.0.1';
    await statuses(20, 'victim', ip);
    expect((await login('victim', userPassword, ip)).statusCode).toBe(429);
    const admin = await t.signIn('admin', testAdminPassword);
    const newPassword = 'reset-password-2026';
    const reset = await admin.request('POST', `/api/users/${officerId}/password`, { newPassword });
    expect(reset.statusCode).toBe(204);
    expect((await login('victim', newPassword, ip)).statusCode).toBe(200);

    await statuses(20, 'victim', ip);
    expect((await login('victim', newPassword, ip)).statusCode).toBe(429);
    const unlock = await admin.request('POST', `/api/users/${officerId}/unlock`);
    expect(unlock.statusCode).toBe(204);
    expect((await login('victim', newPassword, ip)).statusCode).toBe(200);
    const [row] = await queryRows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_log where action = 'user.unlock_sign_in'`,
    );
    expect(row!.n).toBe(1);
  });
});
