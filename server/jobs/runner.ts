import {
  claim,
  complete,
  defaultLockMs,
  fail,
  recoverExpired,
  type Job,
  type QueueDeps,
} from './queue.ts';

/** Does one job's work; throwing records a failed attempt (retried with backoff). */
export type JobHandler = (job: Job) => Promise<void>;

export interface RunnerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface RunnerOptions {
  /** Handlers by job kind; the runner takes only jobs it has a handler for. */
  handlers: Record<string, JobHandler>;
  intervalMs: number;
  lockMs?: number;
  batchSize?: number;
  log?: RunnerLog;
}

export interface TickResult {
  recovered: number;
  done: number;
  failed: number;
}

export interface JobRunner {
  /** Polls every `intervalMs` until stopped. */
  start(): void;
  /** Stops polling and waits for the job in hand to finish. */
  stop(): Promise<void>;
  /** One poll: recover expired locks, then run every due job. Tests call this directly. */
  runOnce(): Promise<TickResult>;
}

const silent: RunnerLog = { info: () => {}, error: () => {} };

/**
 * The in-process poller of ADR 0015. Jobs run one at a time (PGlite has one connection and
 * the machine few cores); a tick that found work polls again at once, an idle one waits.
 */
export function createJobRunner(deps: QueueDeps, options: RunnerOptions): JobRunner {
  const log = options.log ?? silent;
  const kinds = Object.keys(options.handlers);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  async function runJob(job: Job): Promise<boolean> {
    const handler = options.handlers[job.kind]!;
    try {
      await handler(job);
      await complete(deps, job);
      return true;
    } catch (error) {
      const outcome = await fail(deps, job, error);
      log.error(
        { err: error, jobId: job.id, kind: job.kind, attempt: job.attempts, outcome },
        'job failed',
      );
      return false;
    }
  }

  async function runOnce(): Promise<TickResult> {
    const result: TickResult = { recovered: await recoverExpired(deps), done: 0, failed: 0 };
    if (result.recovered)
      log.info({ recovered: result.recovered }, 'jobs with expired locks retried');
    if (kinds.length === 0) return result;
    for (;;) {
      const batch = await claim(deps, {
        limit: options.batchSize ?? 10,
        lockMs: options.lockMs ?? defaultLockMs,
        kinds,
      });
      if (batch.length === 0) return result;
      for (const job of batch) {
        if (await runJob(job)) result.done += 1;
        else result.failed += 1;
      }
      // Stopping mid-drain: finish this batch, leave the rest for the next start.
      if (stopped && running) return result;
    }
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      running = runOnce()
        .catch((error: unknown) => log.error({ err: error }, 'job poll failed'))
        .finally(() => {
          running = undefined;
          schedule(options.intervalMs);
        });
    }, delayMs);
    timer.unref();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
    runOnce,
  };
}
