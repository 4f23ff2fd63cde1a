/** Test-only fixtures for the notification and reminder tests (not imported by the app). */
import { and, eq } from 'drizzle-orm';
import type { TestDb } from './test-app.ts';
import {
  criteriaSets,
  movements,
  reportPeriods,
  reports,
  users,
} from '../../server/db/schema/index.ts';

export const movementCode = 'HTCS-THTK-2022-2030';

/** A yearly report period of the seeded movement, written straight to the table. */
export async function insertReportPeriod(
  t: TestDb,
  dates: { year?: number; opensOn: string; deadline: string; closesOn: string },
): Promise<string> {
  const [movement] = await t.deps.db
    .select()
    .from(movements)
    .where(and(eq(movements.tenantId, t.tenantId), eq(movements.code, movementCode)));
  const id = t.deps.newId();
  const at = t.deps.clock();
  const year = dates.year ?? 2026;
  await t.deps.db.insert(reportPeriods).values({
    id,
    tenantId: t.tenantId,
    movementId: movement!.id,
    year,
    kind: 'year',
    half: 0,
    referenceDate: `${year}-12-31`,
    opensOn: dates.opensOn,
    deadline: dates.deadline,
    closesOn: dates.closesOn,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/** Gives the unit a report in `status` (a bare row: reminders read only the status). */
export async function setReportStatus(
  t: TestDb,
  periodId: string,
  unitId: string,
  status: 'draft' | 'submitted' | 'returned' | 'accepted',
): Promise<void> {
  const [set] = await t.deps.db
    .select()
    .from(criteriaSets)
    .where(
      and(
        eq(criteriaSets.tenantId, t.tenantId),
        eq(criteriaSets.code, 'category:units_localities'),
      ),
    );
  const at = t.deps.clock();
  await t.deps.db
    .insert(reports)
    .values({
      id: t.deps.newId(),
      tenantId: t.tenantId,
      periodId,
      unitId,
      criteriaSetId: set!.id,
      criteriaVersion: 1,
      status,
      answers: {},
      narrative: { results: '', shortcomings: '', proposals: '' },
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoUpdate({ target: [reports.periodId, reports.unitId], set: { status } });
}

export async function setEmail(t: TestDb, username: string, email: string | null) {
  await t.deps.db.update(users).set({ email }).where(eq(users.username, username));
}

export async function userIdOf(t: TestDb, username: string): Promise<string> {
  const [row] = await t.deps.db.select().from(users).where(eq(users.username, username));
  return row!.id;
}
