import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { queryRows } from './client.ts';

let db: TestDb;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

describe('database connections', () => {
  it.runIf(process.env.DATABASE_URL)('run PostgreSQL with JIT off (short queries)', async () => {
    const rows = await queryRows<{ jit: string }>(
      db.deps.db,
      sql`select current_setting('jit') as jit`,
    );
    expect(rows[0]!.jit).toBe('off');
  });
  it('answer a query', async () => {
    const rows = await queryRows<{ one: number }>(db.deps.db, sql`select 1 as one`);
    expect(Number(rows[0]!.one)).toBe(1);
  });
});
