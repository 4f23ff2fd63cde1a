import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseSalaryTable } from '../../../shared/commendations/base-salary.ts';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { adminPassword, userWith } from '../../../test/support/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('GET /api/commendations/base-salary', () => {
  it('gives anyone signed in the dated base salary amounts with their citations, oldest first', async () => {
    const signedOut = await t.app.inject({ method: 'GET', url: '/api/commendations/base-salary' });
    expect(signedOut.statusCode).toBe(401);
    const admin = await t.signIn('admin', adminPassword);
    const officer = await userWith(t, admin, 'officer.luong', 'unit_officer', 'SO-TC');
    const res = await officer.request('GET', '/api/commendations/base-salary');
    expect(res.statusCode).toBe(200);
    const { entries } = res.json();
    expect(entries).toHaveLength(baseSalaryTable.length);
    expect(entries).toContainEqual({
      effectiveFrom: '2024-07-01',
      amount: 2_340_000,
      citation: expect.objectContaining({ article: '3', clause: '2', verified: true }),
    });
    const days = entries.map((e: { effectiveFrom: string }) => e.effectiveFrom);
    expect(days).toEqual([...days].sort());
  });
});
