import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { blockMemberships, emulationBlocks } from '../db/schema/index.ts';

export type BlockRow = typeof emulationBlocks.$inferSelect;
export type MembershipRow = typeof blockMemberships.$inferSelect;

/** Serialises membership changes of a tenant, so "one block per unit per year" holds under concurrency. */
export async function lockBlocks(tx: Executor, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`blocks:${tenantId}`}))`);
}

export async function listBlocks(db: Executor, tenantId: string): Promise<BlockRow[]> {
  return db
    .select()
    .from(emulationBlocks)
    .where(eq(emulationBlocks.tenantId, tenantId))
    .orderBy(asc(emulationBlocks.kind), asc(emulationBlocks.code));
}

export async function findBlock(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<BlockRow | undefined> {
  const [row] = await db
    .select()
    .from(emulationBlocks)
    .where(and(eq(emulationBlocks.tenantId, tenantId), eq(emulationBlocks.id, id)));
  return row;
}

export async function findBlockByCode(
  db: Executor,
  tenantId: string,
  code: string,
): Promise<BlockRow | undefined> {
  const [row] = await db
    .select()
    .from(emulationBlocks)
    .where(and(eq(emulationBlocks.tenantId, tenantId), eq(emulationBlocks.code, code)));
  return row;
}

export async function insertBlock(
  db: Executor,
  row: typeof emulationBlocks.$inferInsert,
): Promise<BlockRow> {
  const [created] = await db.insert(emulationBlocks).values(row).returning();
  return created!;
}

/** Memberships of a year, of one block or of all the tenant's blocks. */
export async function membershipsOf(
  db: Executor,
  tenantId: string,
  year: number,
  blockId?: string,
): Promise<MembershipRow[]> {
  return db
    .select()
    .from(blockMemberships)
    .where(
      and(
        eq(blockMemberships.tenantId, tenantId),
        eq(blockMemberships.year, year),
        blockId ? eq(blockMemberships.blockId, blockId) : undefined,
      ),
    );
}

/** Members of other blocks in the same year, with those blocks' names. */
export async function otherMemberships(
  db: Executor,
  tenantId: string,
  year: number,
  blockId: string,
): Promise<{ unitId: string; blockName: string }[]> {
  return db
    .select({ unitId: blockMemberships.unitId, blockName: emulationBlocks.name })
    .from(blockMemberships)
    .innerJoin(emulationBlocks, eq(emulationBlocks.id, blockMemberships.blockId))
    .where(
      and(
        eq(blockMemberships.tenantId, tenantId),
        eq(blockMemberships.year, year),
        ne(blockMemberships.blockId, blockId),
      ),
    );
}

/** Replaces a block's membership for one year with `members` (one multi-row insert). */
export async function replaceMembers(
  tx: Executor,
  tenantId: string,
  blockId: string,
  year: number,
  members: { unitId: string; role: string }[],
): Promise<void> {
  await tx
    .delete(blockMemberships)
    .where(
      and(
        eq(blockMemberships.tenantId, tenantId),
        eq(blockMemberships.blockId, blockId),
        eq(blockMemberships.year, year),
      ),
    );
  if (members.length)
    await tx
      .insert(blockMemberships)
      .values(members.map((m) => ({ tenantId, blockId, year, unitId: m.unitId, role: m.role })));
}
