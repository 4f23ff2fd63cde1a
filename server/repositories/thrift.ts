import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { thriftProgrammes, thriftSavings, thriftViolations } from '../db/schema/index.ts';

export type ProgrammeRow = typeof thriftProgrammes.$inferSelect;
export type SavingRow = typeof thriftSavings.$inferSelect;
export type ViolationRow = typeof thriftViolations.$inferSelect;

export async function insertProgramme(tx: Executor, row: typeof thriftProgrammes.$inferInsert) {
  const [created] = await tx.insert(thriftProgrammes).values(row).returning();
  return created!;
}

export async function findProgramme(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(thriftProgrammes)
    .where(and(eq(thriftProgrammes.tenantId, tenantId), eq(thriftProgrammes.id, id)));
  return row;
}

export async function updateProgramme(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof thriftProgrammes.$inferInsert>,
) {
  const [row] = await tx
    .update(thriftProgrammes)
    .set({ ...changes, version: sql`${thriftProgrammes.version} + 1` })
    .where(
      and(
        eq(thriftProgrammes.tenantId, tenantId),
        eq(thriftProgrammes.id, id),
        eq(thriftProgrammes.version, version),
        eq(thriftProgrammes.status, 'draft'),
      ),
    )
    .returning();
  return row;
}

export async function listProgrammes(
  db: Executor,
  tenantId: string,
  filter: { unitId?: string | undefined; year?: number | undefined },
) {
  return db
    .select()
    .from(thriftProgrammes)
    .where(
      and(
        eq(thriftProgrammes.tenantId, tenantId),
        filter.unitId ? eq(thriftProgrammes.unitId, filter.unitId) : undefined,
        filter.year ? lte(thriftProgrammes.startYear, filter.year) : undefined,
        filter.year ? gte(thriftProgrammes.endYear, filter.year) : undefined,
      ),
    )
    .orderBy(desc(thriftProgrammes.startYear), asc(thriftProgrammes.kind))
    .limit(1000);
}

export async function findSaving(
  db: Executor,
  tenantId: string,
  unitId: string,
  year: number,
  category: string,
) {
  const [row] = await db
    .select()
    .from(thriftSavings)
    .where(
      and(
        eq(thriftSavings.tenantId, tenantId),
        eq(thriftSavings.unitId, unitId),
        eq(thriftSavings.year, year),
        eq(thriftSavings.category, category),
      ),
    );
  return row;
}

export async function insertSaving(tx: Executor, row: typeof thriftSavings.$inferInsert) {
  const [created] = await tx.insert(thriftSavings).values(row).returning();
  return created!;
}

export async function updateSaving(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof thriftSavings.$inferInsert>,
) {
  const [row] = await tx
    .update(thriftSavings)
    .set({ ...changes, version: sql`${thriftSavings.version} + 1` })
    .where(
      and(
        eq(thriftSavings.tenantId, tenantId),
        eq(thriftSavings.id, id),
        eq(thriftSavings.version, version),
      ),
    )
    .returning();
  return row;
}

export async function listSavings(
  db: Executor,
  tenantId: string,
  filter: { unitId?: string | undefined; year?: number | undefined },
) {
  return db
    .select()
    .from(thriftSavings)
    .where(
      and(
        eq(thriftSavings.tenantId, tenantId),
        filter.unitId ? eq(thriftSavings.unitId, filter.unitId) : undefined,
        filter.year ? eq(thriftSavings.year, filter.year) : undefined,
      ),
    )
    .orderBy(desc(thriftSavings.year), asc(thriftSavings.category))
    .limit(5000);
}

/** Province totals: per year and category, the sum and how many units reported. */
export async function savingTotals(db: Executor, tenantId: string) {
  const rows = await db
    .select({
      year: thriftSavings.year,
      category: thriftSavings.category,
      amount: sql<string>`sum(${thriftSavings.amount})`,
      units: sql<number>`count(distinct ${thriftSavings.unitId})`,
    })
    .from(thriftSavings)
    .where(eq(thriftSavings.tenantId, tenantId))
    .groupBy(thriftSavings.year, thriftSavings.category)
    .orderBy(asc(thriftSavings.year), asc(thriftSavings.category));
  return rows.map((r) => ({ ...r, amount: Number(r.amount), units: Number(r.units) }));
}

export async function insertViolation(tx: Executor, row: typeof thriftViolations.$inferInsert) {
  const [created] = await tx.insert(thriftViolations).values(row).returning();
  return created!;
}

export async function findViolation(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(thriftViolations)
    .where(and(eq(thriftViolations.tenantId, tenantId), eq(thriftViolations.id, id)));
  return row;
}

export async function updateViolation(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof thriftViolations.$inferInsert>,
) {
  const [row] = await tx
    .update(thriftViolations)
    .set({ ...changes, version: sql`${thriftViolations.version} + 1` })
    .where(
      and(
        eq(thriftViolations.tenantId, tenantId),
        eq(thriftViolations.id, id),
        eq(thriftViolations.version, version),
      ),
    )
    .returning();
  return row;
}

export async function listViolations(db: Executor, tenantId: string, handledOnly = false) {
  return db
    .select()
    .from(thriftViolations)
    .where(
      and(
        eq(thriftViolations.tenantId, tenantId),
        handledOnly ? eq(thriftViolations.status, 'handled') : undefined,
      ),
    )
    .orderBy(desc(thriftViolations.foundOn))
    .limit(2000);
}
