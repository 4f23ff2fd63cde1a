import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  councilAgenda,
  councilAttendance,
  councilMembers,
  councilParticipation,
  councilRecusals,
  councilSessions,
  councilTallies,
  roleGrants,
} from '../db/schema/index.ts';
import type { BallotChoice } from '../../shared/nominations.ts';

export type MemberRow = typeof councilMembers.$inferSelect;
export type SessionRow = typeof councilSessions.$inferSelect;

export async function insertMember(db: Executor, values: typeof councilMembers.$inferInsert) {
  const [row] = await db.insert(councilMembers).values(values).returning();
  return row!;
}

/** Members whose term covers `date` (every member when no date). */
export async function membersOn(db: Executor, tenantId: string, date?: string) {
  return db
    .select()
    .from(councilMembers)
    .where(
      and(
        eq(councilMembers.tenantId, tenantId),
        date
          ? sql`${councilMembers.termFrom} <= ${date}::date and (${councilMembers.termTo} is null or ${councilMembers.termTo} >= ${date}::date)`
          : undefined,
      ),
    )
    .orderBy(asc(councilMembers.fullName));
}

/** Units on which each user holds unit_head (for recusal). */
export async function headedUnits(db: Executor, tenantId: string) {
  return db
    .select({ userId: roleGrants.userId, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.role, 'unit_head')));
}

export async function insertSession(db: Executor, values: typeof councilSessions.$inferInsert) {
  const [row] = await db.insert(councilSessions).values(values).returning();
  return row!;
}

export async function findSession(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(councilSessions)
    .where(and(eq(councilSessions.tenantId, tenantId), eq(councilSessions.id, id)));
  return row;
}

export const listSessions = (db: Executor, tenantId: string) =>
  db
    .select()
    .from(councilSessions)
    .where(eq(councilSessions.tenantId, tenantId))
    .orderBy(asc(councilSessions.heldOn));

export async function updateSession(
  db: Executor,
  row: SessionRow,
  values: Partial<typeof councilSessions.$inferInsert>,
) {
  const [updated] = await db
    .update(councilSessions)
    .set({ ...values, version: row.version + 1 })
    .where(
      and(
        eq(councilSessions.tenantId, row.tenantId),
        eq(councilSessions.id, row.id),
        eq(councilSessions.version, row.version),
      ),
    )
    .returning();
  return updated;
}

/** The agenda and an empty ballot box: one counter row per nominee. */
export async function insertAgenda(
  db: Executor,
  tenantId: string,
  sessionId: string,
  items: { subjectId: string; dossierId: string }[],
) {
  if (items.length === 0) return;
  await db.insert(councilAgenda).values(items.map((i) => ({ tenantId, sessionId, ...i })));
  await db
    .insert(councilTallies)
    .values(items.map((i) => ({ tenantId, sessionId, subjectId: i.subjectId })));
}

export const agendaOf = (db: Executor, tenantId: string, sessionId: string) =>
  db
    .select()
    .from(councilAgenda)
    .where(and(eq(councilAgenda.tenantId, tenantId), eq(councilAgenda.sessionId, sessionId)));

export async function insertAttendance(
  db: Executor,
  rows: (typeof councilAttendance.$inferInsert)[],
) {
  if (rows.length) await db.insert(councilAttendance).values(rows);
}

export const attendanceOf = (db: Executor, tenantId: string, sessionId: string) =>
  db
    .select()
    .from(councilAttendance)
    .where(
      and(eq(councilAttendance.tenantId, tenantId), eq(councilAttendance.sessionId, sessionId)),
    );

export async function insertRecusals(db: Executor, rows: (typeof councilRecusals.$inferInsert)[]) {
  if (rows.length) await db.insert(councilRecusals).values(rows);
}

export const recusalsOf = (db: Executor, tenantId: string, sessionId: string) =>
  db
    .select()
    .from(councilRecusals)
    .where(and(eq(councilRecusals.tenantId, tenantId), eq(councilRecusals.sessionId, sessionId)));

export const participationOf = (db: Executor, tenantId: string, sessionId: string) =>
  db
    .select()
    .from(councilParticipation)
    .where(
      and(
        eq(councilParticipation.tenantId, tenantId),
        eq(councilParticipation.sessionId, sessionId),
      ),
    );

/**
 * Casts one ballot: records THAT the member voted (refused when they already did: returns
 * false) and adds it to the counters. Every counter row of the session is rewritten by the
 * same statement (+1 on one, +0 on the rest), so neither which row changed last nor its row
 * version points at a nominee or a choice. Nothing here is logged or timed (ADR 0037).
 */
export async function castBallot(
  tx: Executor,
  ballot: {
    tenantId: string;
    sessionId: string;
    subjectId: string;
    memberId: string;
    written: boolean;
    choice: BallotChoice;
  },
): Promise<boolean> {
  const { tenantId, sessionId, subjectId, memberId, written, choice } = ballot;
  const inserted = await tx
    .insert(councilParticipation)
    .values({ tenantId, sessionId, subjectId, memberId, written })
    .onConflictDoNothing()
    .returning({ memberId: councilParticipation.memberId });
  if (inserted.length === 0) return false;
  const add = (c: BallotChoice) =>
    sql`case when ${councilTallies.subjectId} = ${subjectId}::uuid then ${choice === c ? 1 : 0}::int else 0 end`;
  await tx
    .update(councilTallies)
    .set({
      inFavour: sql`${councilTallies.inFavour} + ${add('for')}`,
      against: sql`${councilTallies.against} + ${add('against')}`,
      abstain: sql`${councilTallies.abstain} + ${add('abstain')}`,
    })
    .where(and(eq(councilTallies.tenantId, tenantId), eq(councilTallies.sessionId, sessionId)));
  return true;
}

/** The counters; services read them only once the session is closed. */
export const talliesOf = (db: Executor, tenantId: string, sessionId: string) =>
  db
    .select()
    .from(councilTallies)
    .where(and(eq(councilTallies.tenantId, tenantId), eq(councilTallies.sessionId, sessionId)));
