import { and, asc, eq, inArray, lte, lt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';

export type JobRow = typeof jobs.$inferSelect;
export type NewJob = Omit<typeof jobs.$inferInsert, 'status' | 'attempts' | 'lockedUntil'>;

/**
 * Inserts a pending job. A job whose `uniqueKey` matches one still pending or running is
 * not inserted (the partial unique index answers the race too): returns undefined then.
 */
export async function insertJob(db: Executor, row: NewJob): Promise<JobRow | undefined> {
  const [created] = await db
    .insert(jobs)
    .values({ ...row, status: 'pending', attempts: 0 })
    .onConflictDoNothing()
    .returning();
  return created;
}

/**
 * Takes up to `limit` due pending jobs for this worker: rows another worker has locked are
 * skipped, so two pollers never take the same job. Each taken job is `running` until
 * `lockedUntil`, its attempt counted.
 */
export async function claimDueJobs(
  db: Database,
  now: Date,
  limit: number,
  lockedUntil: Date,
  kinds?: readonly string[],
): Promise<JobRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          eq(jobs.status, 'pending'),
          lte(jobs.runAt, now),
          kinds ? inArray(jobs.kind, [...kinds]) : undefined,
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.createdAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(jobs)
      .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, lockedUntil })
      .where(
        inArray(
          jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/**
 * Marks a claimed job done. Matching the attempt keeps a run that outlived its lock (and was
 * taken again) from finishing the newer attempt; returns false then.
 */
export async function completeJob(db: Executor, job: JobRow, now: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: 'done', lockedUntil: null, finishedAt: now })
    .where(runningAttempt(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Puts a failed attempt back for `retryAt`, or marks the job failed when `retryAt` is null. */
export async function failJob(
  db: Executor,
  job: JobRow,
  error: string,
  now: Date,
  retryAt: Date | null,
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set(
      retryAt
        ? { status: 'pending', runAt: retryAt, lockedUntil: null, lastError: error }
        : { status: 'failed', lockedUntil: null, lastError: error, finishedAt: now },
    )
    .where(runningAttempt(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

function runningAttempt(job: JobRow) {
  return and(eq(jobs.id, job.id), eq(jobs.status, 'running'), eq(jobs.attempts, job.attempts));
}

/**
 * Jobs left `running` past their lock (the process died or hung mid-job) go back to pending,
 * or to failed when they have used every attempt. Returns how many were recovered.
 */
export async function recoverExpiredJobs(db: Executor, now: Date): Promise<number> {
  const expired = and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now));
  const retried = await db
    .update(jobs)
    .set({ status: 'pending', runAt: now, lockedUntil: null, lastError: 'lock expired' })
    .where(and(expired, lt(jobs.attempts, jobs.maxAttempts)))
    .returning({ id: jobs.id });
  const failed = await db
    .update(jobs)
    .set({ status: 'failed', lockedUntil: null, lastError: 'lock expired', finishedAt: now })
    .where(and(expired, sql`${jobs.attempts} >= ${jobs.maxAttempts}`))
    .returning({ id: jobs.id });
  return retried.length + failed.length;
}

export async function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** A pending or running job of `kind`, if any (e.g. the next daily run is already queued). */
export async function findActiveJob(db: Executor, kind: string): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), inArray(jobs.status, ['pending', 'running'])))
    .orderBy(asc(jobs.runAt))
    .limit(1);
  return row;
}

export async function listJobs(db: Executor, kind?: string): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(kind ? eq(jobs.kind, kind) : undefined)
    .orderBy(asc(jobs.createdAt), asc(jobs.runAt));
}

/** Job kinds: the names services enqueue and server/jobs/ handles. */
export const jobKinds = {
  sendEmail: 'send_email',
  dailyReminders: 'reminders_daily',
  wasteDeadlines: 'waste_deadlines_daily',
} as const;

export interface EnqueueInput {
  kind: string;
  payload: unknown;
  /** At most one pending or running job per key; a second enqueue is a no-op. */
  uniqueKey?: string | undefined;
  /** Not before this time; now when omitted. */
  runAt?: Date | undefined;
  maxAttempts?: number | undefined;
}

/**
 * Adds a job. `db` may be the caller's open transaction, so the job exists exactly when the
 * work that asked for it was committed. Returns the job, or undefined when `uniqueKey` is taken.
 */
export async function enqueue(
  db: Executor,
  deps: { clock: () => Date; newId: () => string },
  input: EnqueueInput,
): Promise<JobRow | undefined> {
  const now = deps.clock();
  return insertJob(db, {
    id: deps.newId(),
    kind: input.kind,
    payload: input.payload ?? {},
    uniqueKey: input.uniqueKey ?? null,
    runAt: input.runAt ?? now,
    maxAttempts: input.maxAttempts ?? 5,
    createdAt: now,
  });
}
