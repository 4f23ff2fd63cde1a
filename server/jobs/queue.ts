import type { Database } from '../db/client.ts';
import * as repo from '../repositories/jobs.ts';
import { retryDelayMs } from './backoff.ts';

export type Job = repo.JobRow;

/** What the queue needs from the outside: the database, the clock and ids. */
export interface QueueDeps {
  db: Database;
  clock: () => Date;
  newId: () => string;
}

/** A claimed job stays locked this long; a run that outlives it is presumed dead and retried. */
export const defaultLockMs = 5 * 60_000;

/** Takes due jobs (of `kinds` when given) for this worker; see repositories/jobs.claimDueJobs. */
export async function claim(
  deps: QueueDeps,
  options: { limit?: number; lockMs?: number; kinds?: readonly string[] } = {},
): Promise<Job[]> {
  const now = deps.clock();
  const lockedUntil = new Date(now.getTime() + (options.lockMs ?? defaultLockMs));
  return repo.claimDueJobs(deps.db, now, options.limit ?? 10, lockedUntil, options.kinds);
}

export async function complete(deps: QueueDeps, job: Job): Promise<boolean> {
  return repo.completeJob(deps.db, job, deps.clock());
}

/**
 * Records a failed attempt: retried after an exponential backoff while attempts remain,
 * else marked failed for good. Returns 'retry' | 'failed' | 'lost' (the lock had passed on).
 */
export async function fail(
  deps: QueueDeps,
  job: Job,
  error: unknown,
): Promise<'retry' | 'failed' | 'lost'> {
  const now = deps.clock();
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const retry = job.attempts < job.maxAttempts;
  const retryAt = retry ? new Date(now.getTime() + retryDelayMs(job.attempts)) : null;
  const updated = await repo.failJob(deps.db, job, message, now, retryAt);
  if (!updated) return 'lost';
  return retry ? 'retry' : 'failed';
}

/** Jobs whose lock expired (a crash or hang mid-job) become due again. */
export async function recoverExpired(deps: QueueDeps): Promise<number> {
  return repo.recoverExpiredJobs(deps.db, deps.clock());
}
