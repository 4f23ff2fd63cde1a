import { and, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import { notifications, reportPeriods, reports, roleGrants, users } from '../db/schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/** Inserts a notification unless the user already has one with the same dedupe key. */
export async function insertNotification(
  db: Executor,
  row: typeof notifications.$inferInsert,
): Promise<NotificationRow | undefined> {
  const [created] = await db.insert(notifications).values(row).onConflictDoNothing().returning();
  return created;
}

/** The user's notifications, newest first; `before` continues after the last one of a page. */
export async function listForUser(
  db: Executor,
  tenantId: string,
  userId: string,
  options: {
    limit: number;
    before?: { createdAt: Date; id: string } | undefined;
    unreadOnly?: boolean;
  },
): Promise<NotificationRow[]> {
  const { before } = options;
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
        before
          ? or(
              lt(notifications.createdAt, before.createdAt),
              and(eq(notifications.createdAt, before.createdAt), lt(notifications.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

export async function findUserNotification(
  db: Executor,
  tenantId: string,
  userId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        eq(notifications.id, id),
      ),
    );
  return row;
}

export async function countUnread(db: Executor, tenantId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Marks one of the user's notifications read (kept as first read); false when it is not theirs. */
export async function markRead(
  db: Executor,
  tenantId: string,
  userId: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(
  db: Executor,
  tenantId: string,
  userId: string,
  at: Date,
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.tenantId, tenantId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** A notification and its reader's address, for the e-mail job (which runs outside any tenant). */
export async function findForEmail(db: Executor, id: string) {
  const [row] = await db
    .select({ notification: notifications, email: users.email, active: users.active })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, id));
  return row;
}

export interface Recipient {
  unitId: string;
  userId: string;
  email: string | null;
}

/** Active users holding unit_head or unit_officer directly on each unit: who writes its report. */
/** The active heads of a unit (who send its report). */
export async function unitHeads(
  db: Executor,
  tenantId: string,
  unitId: string,
): Promise<Recipient[]> {
  return db
    .selectDistinct({ unitId: roleGrants.unitId, userId: users.id, email: users.email })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.tenantId, tenantId),
        eq(roleGrants.unitId, unitId),
        eq(roleGrants.role, 'unit_head'),
        eq(users.active, true),
      ),
    );
}

export async function reportWriters(
  db: Executor,
  tenantId: string,
  unitIds: readonly string[],
): Promise<Recipient[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectDistinct({ unitId: roleGrants.unitId, userId: users.id, email: users.email })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.tenantId, tenantId),
        inArray(roleGrants.unitId, [...unitIds]),
        inArray(roleGrants.role, ['unit_head', 'unit_officer']),
        eq(users.active, true),
      ),
    )
    .orderBy(roleGrants.unitId, users.id);
}

export type PeriodRow = typeof reportPeriods.$inferSelect;

/** Report periods open on `today` (opens_on ≤ today ≤ closes_on), in every tenant. */
export async function openPeriods(db: Executor, today: string): Promise<PeriodRow[]> {
  return db
    .select()
    .from(reportPeriods)
    .where(
      sql`${reportPeriods.opensOn} <= ${today}::date and ${reportPeriods.closesOn} >= ${today}::date`,
    )
    .orderBy(reportPeriods.tenantId, reportPeriods.deadline);
}

export async function findPeriod(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<PeriodRow | undefined> {
  const [row] = await db
    .select()
    .from(reportPeriods)
    .where(and(eq(reportPeriods.tenantId, tenantId), eq(reportPeriods.id, id)));
  return row;
}

/** The stored status of each unit's report in a period (units without a row have not started). */
export async function reportStatuses(
  db: Executor,
  tenantId: string,
  periodId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ unitId: reports.unitId, status: reports.status })
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), eq(reports.periodId, periodId)));
  return new Map(rows.map((r) => [r.unitId, r.status]));
}

export const reminderKinds = ['report_due', 'report_overdue', 'report_reminder'] as const;

/** When each unit of a period was last reminded (scheduled or by hand), for the completion board. */
export async function lastReminderAtByUnit(
  db: Executor,
  tenantId: string,
  periodId: string,
): Promise<Map<string, Date>> {
  const rows = await queryRows<{ unit_id: string; at: Date | string }>(
    db,
    sql`
    select params->>'unitId' as unit_id, max(created_at) as at
      from notifications
     where tenant_id = ${tenantId}
       and kind in (${sql.join(
         reminderKinds.map((k) => sql`${k}`),
         sql`, `,
       )})
       and params->>'periodId' = ${periodId}
     group by 1`,
  );
  return new Map(rows.map((r) => [r.unit_id, new Date(r.at)]));
}
