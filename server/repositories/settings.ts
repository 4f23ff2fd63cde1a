import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { tenantSettings } from '../db/schema/index.ts';

/** One stored office setting; undefined when the tenant keeps the default. */
export async function findSetting(
  db: Executor,
  tenantId: string,
  key: string,
): Promise<{ value: unknown; version: number } | undefined> {
  const [row] = await db
    .select({ value: tenantSettings.value, version: tenantSettings.version })
    .from(tenantSettings)
    .where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.key, key)));
  return row;
}

/**
 * Stores `value` if the stored version is still `expected` (0: nothing stored yet) and
 * returns the new version, or undefined when someone else changed it first.
 */
export async function saveSetting(
  tx: Executor,
  tenantId: string,
  key: string,
  value: unknown,
  expected: number,
  at: Date,
): Promise<number | undefined> {
  if (expected === 0) {
    const [row] = await tx
      .insert(tenantSettings)
      .values({ tenantId, key, value, version: 1, updatedAt: at })
      .onConflictDoNothing()
      .returning({ version: tenantSettings.version });
    return row?.version;
  }
  const [row] = await tx
    .update(tenantSettings)
    .set({ value, version: sql`${tenantSettings.version} + 1`, updatedAt: at })
    .where(
      and(
        eq(tenantSettings.tenantId, tenantId),
        eq(tenantSettings.key, key),
        eq(tenantSettings.version, expected),
      ),
    )
    .returning({ version: tenantSettings.version });
  return row?.version;
}
