import type { Deps } from '../deps.ts';
import { enqueue, findActiveJob, jobKinds } from '../repositories/jobs.ts';
import { runDailyReminders } from '../services/reminders.ts';
import { vietnamDay } from '../../shared/vietnam-day.ts';
import type { JobHandler } from './runner.ts';

/** 07:05 in Vietnam (no daylight saving) on the office's day after `day`, before offices open. */
const nextRunAfter = (day: string) => new Date(Date.parse(`${day}T07:05:00+07:00`) + 86_400_000);

/**
 * The daily job: queues tomorrow's run first (so a failure today never breaks the chain; the
 * unique key keeps retries from queueing it twice), then sends today's reminders.
 */
export function dailyRemindersHandler(deps: Deps): JobHandler {
  return async () => {
    const day = deps.today();
    const next = nextRunAfter(day);
    await enqueue(deps.db, deps, {
      kind: jobKinds.dailyReminders,
      payload: {},
      uniqueKey: `${jobKinds.dailyReminders}:${vietnamDay(next)}`,
      runAt: next,
    });
    await runDailyReminders(deps, day);
  };
}

/** At start-up: unless a daily run is already queued, queue one now (then it reschedules itself). */
export async function scheduleDailyReminders(deps: Deps): Promise<void> {
  if (await findActiveJob(deps.db, jobKinds.dailyReminders)) return;
  await enqueue(deps.db, deps, {
    kind: jobKinds.dailyReminders,
    payload: {},
    uniqueKey: `${jobKinds.dailyReminders}:${deps.today()}`,
  });
}
