import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { roleGrants, users } from '../db/schema/index.ts';
import type { Role } from '../../shared/roles.ts';
import { scopedToUser, type ListScope } from './scope.ts';

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

/**
 * A user is in an administrator's scope when one of its grants sits on a unit the scope
 * covers; a user without any grant is in no partial scope (only the root's admin lists it).
 */
function holdsGrantIn(userId: SQL, tenantId: string, scope: ListScope): SQL | undefined {
  if (scope.all) return undefined;
  const covered = scopedToUser(sql`g.unit_id`, scope.userId, tenantId, scope.today, scope.roles);
  return sql`exists (select 1 from role_grants g
     where g.tenant_id = ${tenantId} and g.user_id = ${userId} and ${covered})`;
}

/** The tenant's accounts in `scope` (see holdsGrantIn), by username. */
export async function listUsers(
  db: Executor,
  tenantId: string,
  scope: ListScope,
): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), holdsGrantIn(sql`${users.id}`, tenantId, scope)))
    .orderBy(asc(users.username));
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

/** Every grant of the users in `scope` (all of each one's grants, inside the scope or not). */
export async function grantsOfUsersIn(
  db: Executor,
  tenantId: string,
  scope: ListScope,
): Promise<GrantRow[]> {
  return db
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.tenantId, tenantId),
        holdsGrantIn(sql`${roleGrants.userId}`, tenantId, scope),
      ),
    );
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
