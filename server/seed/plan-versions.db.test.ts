import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planVersions } from '../db/schema/index.ts';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { seedPlanVersions } from './plan-versions.ts';

let db: TestDb;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db?.close());

describe('seeding version 1 of each plan', () => {
  it('is in the seeded database: issued by the plan, number and date unknown', async () => {
    const rows = await db.deps.db
      .select()
      .from(planVersions)
      .where(eq(planVersions.tenantId, db.tenantId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      number: 1,
      status: 'issued',
      decisionKind: 'plan',
      decisionNumber: null,
      decisionDate: null,
      signerName: 'Trần Tiến Dũng',
      unknownFields: ['number', 'date'],
    });
  });

  it('gives a database seeded before versions existed its version 1 once', async () => {
    const ctx = {
      tenantId: db.tenantId,
      at: new Date('2026-03-02T02:00:00Z'),
      newId: db.deps.newId,
    };
    await db.deps.db.delete(planVersions).where(eq(planVersions.tenantId, db.tenantId));
    expect(await db.deps.db.transaction((tx) => seedPlanVersions(tx, ctx))).toEqual({ created: 1 });
    expect(await db.deps.db.transaction((tx) => seedPlanVersions(tx, ctx))).toEqual({ created: 0 });
  });
});
