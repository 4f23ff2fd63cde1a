import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { roleGrants, users } from '../db/schema/index.ts';
import type { Role } from '../../shared/roles.ts';

export type UserRow = typeof users.$inferSelect;
export type GrantRow = typeof roleGrants.$inferSelect;

/** Usernames are unique within a tenant only. */
export async function findUserByUsername(
  db: Executor,
  tenantId: string,
  username: string,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.username, username.toLowerCase())));
  return row;
}

export async function findUserById(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row;
}

export async function listUsers(db: Executor, tenantId: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.username));
}

export async function insertUser(db: Executor, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await db
    .insert(users)
    .values({ ...row, username: row.username.toLowerCase() })
    .returning();
  return created!;
}

/** Updates when the stored version still matches; returns undefined on a lost race (→ 409). */
export async function updateUserVersioned(
  db: Executor,
  tenantId: string,
  id: string,
  expectedVersion: number,
  changes: Partial<
    Pick<UserRow, 'fullName' | 'email' | 'active' | 'passwordHash' | 'mustChangePassword'>
  >,
  at: Date,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: at, version: sql`${users.version} + 1` })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id), eq(users.version, expectedVersion)))
    .returning();
  return row;
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function grantsOfUser(
  db: Executor,
  tenantId: string,
  userId: string,
): Promise<GrantRow[]> {
  return db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.userId, userId)));
}

export async function grantsOfTenant(db: Executor, tenantId: string): Promise<GrantRow[]> {
  return db.select().from(roleGrants).where(eq(roleGrants.tenantId, tenantId));
}

export async function findGrant(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<GrantRow | undefined> {
  const [row] = await db
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.id, id)));
  return row;
}

export async function insertGrant(
  db: Executor,
  row: typeof roleGrants.$inferInsert & { role: Role },
): Promise<GrantRow> {
  const [created] = await db.insert(roleGrants).values(row).returning();
  return created!;
}

export async function deleteGrant(db: Executor, tenantId: string, id: string): Promise<void> {
  await db.delete(roleGrants).where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.id, id)));
}
