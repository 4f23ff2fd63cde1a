import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { criteriaSets, criteriaVersions } from '../db/schema/index.ts';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { defaultMaxPoints, seedCriteria } from './criteria.ts';

let db: TestDb;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => db?.close());

describe('seedCriteria', () => {
  it('is idempotent: a second run over a seeded database creates nothing', async () => {
    const before = await db.deps.db.select().from(criteriaSets);
    const result = await db.deps.db.transaction((tx) =>
      seedCriteria(tx, { tenantId: db.tenantId, at: new Date(), newId: db.deps.newId }),
    );
    expect(result.created).toBe(0);
    expect(await db.deps.db.select().from(criteriaSets)).toHaveLength(before.length);
    expect(before).toHaveLength(17);
  });

  it('publishes every plan criterion with the default maximum and a plan clause as source', async () => {
    const published = await db.deps.db
      .select()
      .from(criteriaVersions)
      .where(eq(criteriaVersions.status, 'published'));
    expect(published).toHaveLength(4);
    const criteria = published.flatMap((v) =>
      (v.content as { groups: { criteria: Record<string, unknown>[] }[] }).groups.flatMap(
        (g) => g.criteria,
      ),
    );
    expect(criteria.length).toBeGreaterThan(20);
    expect(criteria.every((c) => c.maxPoints === defaultMaxPoints)).toBe(true);
    expect(criteria.filter((c) => c.kind === 'quantitative').map((c) => c.code)).toEqual([
      'A-INF-6',
      'A-THR-3',
      'A-THR-5',
    ]);
  });
});
