import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { tenantHosts, tenants } from '../db/schema/index.ts';

export type TenantRow = typeof tenants.$inferSelect;
export type TenantHostRow = typeof tenantHosts.$inferSelect;

export async function listTenants(db: Executor): Promise<TenantRow[]> {
  return db.select().from(tenants).orderBy(asc(tenants.code));
}

export async function findTenantByCode(db: Executor, code: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.code, code));
  return row;
}

/** Whether any tenant exists (the first start seeds the default one only into an empty install). */
export async function anyTenant(db: Executor): Promise<boolean> {
  return (await db.select({ id: tenants.id }).from(tenants).limit(1)).length > 0;
}

export async function insertTenant(
  db: Executor,
  row: typeof tenants.$inferInsert,
): Promise<TenantRow> {
  const [created] = await db.insert(tenants).values(row).returning();
  return created!;
}

/** Every registered host; the directory keeps them in memory. */
export async function listHosts(db: Executor): Promise<TenantHostRow[]> {
  return db.select().from(tenantHosts).orderBy(asc(tenantHosts.host));
}

export async function findHost(db: Executor, host: string): Promise<TenantHostRow | undefined> {
  const [row] = await db.select().from(tenantHosts).where(eq(tenantHosts.host, host));
  return row;
}

export async function insertHost(
  db: Executor,
  row: typeof tenantHosts.$inferInsert,
): Promise<TenantHostRow> {
  const [created] = await db.insert(tenantHosts).values(row).returning();
  return created!;
}

/** Serialises tenant creation, so two `tenant add` runs cannot take the same code or host. */
export async function lockTenants(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('tenants'))`);
}
