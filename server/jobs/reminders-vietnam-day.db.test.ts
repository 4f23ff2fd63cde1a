import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { insertUserWithRole } from '../../test/support/users.ts';
import { jobs, notifications, units } from '../db/schema/index.ts';
import { listJobs } from '../repositories/jobs.ts';
import { insertReportPeriod } from '../../test/support/report-rows.ts';
import { runDailyReminders } from '../services/reminders.ts';
import { dailyRemindersHandler } from './reminders.ts';

/**
 * Reminders count days on the office's calendar (Asia/Ho_Chi_Minh): with the deadline on
 * 9 March, "due in 7 days" goes out on 2 March in Vietnam — from 00:00 there, which is still
 * 1 March in UTC.
 */
let t: TestDb;
let now = new Date('2026-02-20T02:00:00Z');
const lateEvening = new Date('2026-03-01T16:30:00Z'); // 23:30 on 1 March in Vietnam
const pastMidnight = new Date('2026-03-01T17:30:00Z'); // 00:30 on 2 March in Vietnam

beforeAll(async () => {
  t = await testDb();
  t.deps.clock = () => now;
  const [unit] = await t.deps.db
    .select()
    .from(units)
    .where(and(eq(units.tenantId, t.tenantId), eq(units.code, 'SO-XD')));
  await insertUserWithRole(t, { username: 'soxd.head' }, 'unit_head', unit!.id);
  await insertReportPeriod(t, {
    opensOn: '2026-02-01',
    deadline: '2026-03-09',
    closesOn: '2026-03-31',
  });
});
beforeEach(async () => {
  await t.deps.db.delete(jobs);
  await t.deps.db.delete(notifications);
});
afterAll(() => t.close());

const sent = () => t.deps.db.select().from(notifications);

describe('reminders on the office’s day', () => {
  it('“due in 7 days” is not sent at 23:30 on 1 March in Vietnam (8 days left) but is at 00:30 on 2 March', async () => {
    now = lateEvening;
    expect(await runDailyReminders(t.deps)).toBe(0);
    now = pastMidnight;
    expect(await runDailyReminders(t.deps)).toBe(1);
    const [reminder] = await sent();
    expect(reminder).toMatchObject({ kind: 'report_due' });
    expect(reminder!.params).toMatchObject({ days: 7 });
    expect(reminder!.dedupeKey).toMatch(/:2026-03-02$/);
  });

  it('the daily job run at 00:30 in Vietnam sends that day’s reminders and queues the next at 07:05 the day after', async () => {
    now = pastMidnight;
    await dailyRemindersHandler(t.deps)({} as never);
    expect((await sent()).map((n) => n.kind)).toEqual(['report_due']);
    const queued = await listJobs(t.deps.db, 'reminders_daily');
    expect(queued.map((j) => [j.uniqueKey, j.runAt.toISOString()])).toEqual([
      ['reminders_daily:2026-03-03', '2026-03-03T00:05:00.000Z'],
    ]);
  });
});
