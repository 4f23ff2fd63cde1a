import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { loginFailures, sessions } from '../db/schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(
  db: Executor,
  row: typeof sessions.$inferInsert,
): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function findSession(
  db: Executor,
  tokenHash: string,
): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export async function touchSession(db: Executor, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Signs the user out everywhere except, optionally, the current session. */
export async function deleteSessionsOfUser(
  db: Executor,
  userId: string,
  keepTokenHash?: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        keepTokenHash ? sql`${sessions.tokenHash} <> ${keepTokenHash}` : undefined,
      ),
    );
}

export async function deleteExpiredSessions(
  db: Executor,
  now: Date,
  idleCutoff: Date,
): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)));
}

export async function recordLoginFailure(
  db: Executor,
  row: typeof loginFailures.$inferInsert,
): Promise<void> {
  await db.insert(loginFailures).values(row);
}

/** Failures since `since` for this username of the tenant and from this address (any tenant). */
export async function countRecentFailures(
  db: Executor,
  tenantId: string,
  username: string,
  ip: string,
  since: Date,
): Promise<{ byUser: number; byIp: number }> {
  const sameUser = and(eq(loginFailures.tenantId, tenantId), eq(loginFailures.username, username));
  const [row] = await db
    .select({
      byUser: sql<number>`count(*) filter (where ${sameUser})::int`,
      byIp: sql<number>`count(*) filter (where ${loginFailures.ip} = ${ip})::int`,
    })
    .from(loginFailures)
    .where(and(gt(loginFailures.at, since), or(sameUser, eq(loginFailures.ip, ip))));
  return { byUser: row?.byUser ?? 0, byIp: row?.byIp ?? 0 };
}

export async function clearLoginFailures(
  db: Executor,
  tenantId: string,
  username: string,
): Promise<void> {
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.tenantId, tenantId), eq(loginFailures.username, username)));
}
