import type { Deps } from '../deps.ts';
import { enqueue, findActiveJob, jobKinds } from '../repositories/jobs.ts';
import { escalateOverdue } from '../services/waste-handling.ts';
import { vietnamDay } from '../../shared/vietnam-day.ts';
import type { JobHandler } from './runner.ts';

/** 07:15 in Vietnam on the office's day after `day`. */
const nextRunAfter = (day: string) => new Date(Date.parse(`${day}T07:15:00+07:00`) + 86_400_000);

/**
 * The daily escalation of waste reports past their state's deadline (issue 14): queues
 * tomorrow's run first, then escalates. Each report is escalated once per state it enters.
 */
export function wasteDeadlinesHandler(deps: Deps): JobHandler {
  return async () => {
    const day = deps.today();
    const next = nextRunAfter(day);
    await enqueue(deps.db, deps, {
      kind: jobKinds.wasteDeadlines,
      payload: {},
      uniqueKey: `${jobKinds.wasteDeadlines}:${vietnamDay(next)}`,
      runAt: next,
    });
    await escalateOverdue(deps, day);
  };
}

export async function scheduleWasteDeadlines(deps: Deps): Promise<void> {
  if (await findActiveJob(deps.db, jobKinds.wasteDeadlines)) return;
  await enqueue(deps.db, deps, {
    kind: jobKinds.wasteDeadlines,
    payload: {},
    uniqueKey: `${jobKinds.wasteDeadlines}:${deps.today()}`,
  });
}
