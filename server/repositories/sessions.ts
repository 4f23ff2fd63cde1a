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

/**
 * Counts of an attempt already reserved (inserted) as `id`: its (username, address) pair and
 * the distinct usernames tried from its address since `since`, each with the previous attempt's
 * time. Counting after reserving is what makes parallel attempts see each other (ADR 0041).
 */
export async function countAttempt(
  db: Executor,
  id: string,
  tenantId: string,
  username: string,
  ip: string,
  since: Date,
): Promise<{
  pair: number;
  pairPreviousAt: Date | undefined;
  ipUsernames: number;
  ipPreviousAt: Date | undefined;
}> {
  const samePair = sql`${loginFailures.tenantId} = ${tenantId} and ${loginFailures.username} = ${username}`;
  const other = sql`${loginFailures.id} <> ${id}`;
  const [row] = await db
    .select({
      pair: sql<number>`count(*) filter (where ${samePair})::int`,
      pairPreviousAt: sql<string | null>`max(${loginFailures.at}) filter (where ${samePair} and ${other})`,
      ipUsernames: sql<number>`count(distinct coalesce(${loginFailures.tenantId}::text, '') || ':' || ${loginFailures.username})::int`,
      ipPreviousAt: sql<string | null>`max(${loginFailures.at}) filter (where ${other})`,
    })
    .from(loginFailures)
    .where(and(gt(loginFailures.at, since), eq(loginFailures.ip, ip)));
  const date = (v: string | Date | null | undefined) => (v ? new Date(v) : undefined);
  return {
    pair: row?.pair ?? 0,
    pairPreviousAt: date(row?.pairPreviousAt),
    ipUsernames: row?.ipUsernames ?? 0,
    ipPreviousAt: date(row?.ipPreviousAt),
  };
}

/** A successful sign-in forgets its own pair's failures only: an attack from elsewhere stays slowed. */
export async function clearLoginFailuresOfPair(
  db: Executor,
  tenantId: string,
  username: string,
  ip: string,
): Promise<void> {
  await db
    .delete(loginFailures)
    .where(
      and(
        eq(loginFailures.tenantId, tenantId),
        eq(loginFailures.username, username),
        eq(loginFailures.ip, ip),
      ),
    );
}

/** An administrator's reset or unlock forgets every failure of the username, from every address. */
export async function clearLoginFailures(
  db: Executor,
  tenantId: string,
  username: string,
): Promise<void> {
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.tenantId, tenantId), eq(loginFailures.username, username)));
}
