import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDb, type TestDb } from '../../test/support/test-app.ts';
import { jobs } from '../db/schema/index.ts';
import { enqueue, findJob, listJobs } from '../repositories/jobs.ts';
import { claim, complete, fail, type Job } from './queue.ts';
import { createJobRunner } from './runner.ts';

let t: TestDb;
let now: Date;
const at = (iso: string) => {
  now = new Date(iso);
};
const later = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

beforeAll(async () => {
  t = await testDb();
  t.deps.clock = () => now;
});
beforeEach(async () => {
  at('2026-03-02T02:00:00Z');
  await t.deps.db.delete(jobs);
});
afterAll(() => t.close());

const add = (kind: string, extra: Partial<Parameters<typeof enqueue>[2]> = {}) =>
  enqueue(t.deps.db, t.deps, { kind, payload: { n: 1 }, ...extra });

describe('job queue', () => {
  it('a unique key holds one job while it is pending or running, then frees up', async () => {
    const first = await add('k', { uniqueKey: 'daily:2026-03-02' });
    expect(first?.status).toBe('pending');
    expect(await add('k', { uniqueKey: 'daily:2026-03-02' })).toBeUndefined();
    const [job] = await claim(t.deps, { kinds: ['k'] });
    expect(job?.id).toBe(first!.id);
    expect(await add('k', { uniqueKey: 'daily:2026-03-02' })).toBeUndefined();
    expect(await complete(t.deps, job!)).toBe(true);
    expect(await add('k', { uniqueKey: 'daily:2026-03-02' })).toBeDefined();
    // Jobs without a key never collide.
    expect(await add('k')).toBeDefined();
    expect(await add('k')).toBeDefined();
  });

  it('claims only due jobs of the asked kinds, oldest first, and marks them running', async () => {
    const a = await add('a');
    later(1000);
    const b = await add('a');
    await add('a', { runAt: new Date(now.getTime() + 60_000) });
    await add('other');
    const claimed = await claim(t.deps, { kinds: ['a'] });
    expect(claimed.map((j) => j.id)).toEqual([a!.id, b!.id]);
    expect(claimed[0]).toMatchObject({ status: 'running', attempts: 1 });
    expect(claimed[0]!.lockedUntil!.getTime()).toBe(now.getTime() + 5 * 60_000);
    expect(await claim(t.deps, { kinds: ['a'] })).toEqual([]);
  });

  it('two concurrent claimers never take the same job', async () => {
    for (let i = 0; i < 24; i++) await add('c');
    const seen: string[] = [];
    for (;;) {
      const [x, y] = await Promise.all([
        claim(t.deps, { limit: 5, kinds: ['c'] }),
        claim(t.deps, { limit: 5, kinds: ['c'] }),
      ]);
      if (x.length + y.length === 0) break;
      seen.push(...x.map((j) => j.id), ...y.map((j) => j.id));
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
  });

  it('a failed attempt is retried after an exponential backoff, then fails for good', async () => {
    const job = await add('flaky', { maxAttempts: 3 });
    const attempt = async () => (await claim(t.deps, { kinds: ['flaky'] }))[0];
    let claimed = (await attempt())!;
    expect(await fail(t.deps, claimed, new Error('smtp down'))).toBe('retry');
    let row = (await findJob(t.deps.db, job!.id))!;
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'smtp down' });
    expect(row.runAt.getTime()).toBe(now.getTime() + 30_000);
    expect(await attempt()).toBeUndefined();
    later(30_000);
    claimed = (await attempt())!;
    expect(await fail(t.deps, claimed, new Error('still down'))).toBe('retry');
    row = (await findJob(t.deps.db, job!.id))!;
    expect(row.runAt.getTime()).toBe(now.getTime() + 60_000);
    later(60_000);
    claimed = (await attempt())!;
    expect(claimed.attempts).toBe(3);
    expect(await fail(t.deps, claimed, 'gave up')).toBe('failed');
    row = (await findJob(t.deps.db, job!.id))!;
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'gave up' });
    expect(row.finishedAt).not.toBeNull();
  });

  it('a job whose worker died is retried once its lock expires; the dead run cannot finish it', async () => {
    const job = await add('crash');
    const [dead] = await claim(t.deps, { kinds: ['crash'], lockMs: 60_000 });
    const ran: Job[] = [];
    const runner = createJobRunner(t.deps, {
      handlers: { crash: async (j) => void ran.push(j) },
      intervalMs: 1000,
    });
    // Still locked: nobody else runs it.
    expect(await runner.runOnce()).toEqual({ recovered: 0, done: 0, failed: 0 });
    later(60_001);
    expect(await runner.runOnce()).toEqual({ recovered: 1, done: 1, failed: 0 });
    expect(ran.map((j) => [j.id, j.attempts])).toEqual([[job!.id, 2]]);
    expect(await complete(t.deps, dead!)).toBe(false);
    expect((await findJob(t.deps.db, job!.id))!.status).toBe('done');
  });

  it('a job that used every attempt and then lost its lock is failed, not retried', async () => {
    const job = await add('crash', { maxAttempts: 1 });
    await claim(t.deps, { kinds: ['crash'], lockMs: 1000 });
    later(1001);
    const runner = createJobRunner(t.deps, { handlers: { crash: async () => {} }, intervalMs: 1 });
    expect(await runner.runOnce()).toMatchObject({ recovered: 1, done: 0 });
    expect(await findJob(t.deps.db, job!.id)).toMatchObject({
      status: 'failed',
      lastError: 'lock expired',
    });
  });

  it('the runner runs handlers by kind, records failures, and leaves unknown kinds alone', async () => {
    await add('ok');
    await add('boom');
    await add('unknown');
    const runner = createJobRunner(t.deps, {
      handlers: {
        ok: async () => {},
        boom: async () => {
          throw new Error('boom');
        },
      },
      intervalMs: 1000,
    });
    expect(await runner.runOnce()).toEqual({ recovered: 0, done: 1, failed: 1 });
    const byKind = Object.fromEntries((await listJobs(t.deps.db)).map((j) => [j.kind, j]));
    expect(byKind.ok).toMatchObject({ status: 'done', attempts: 1 });
    expect(byKind.boom).toMatchObject({ status: 'pending', attempts: 1, lastError: 'boom' });
    expect(byKind.unknown).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('once started, the poller picks up new jobs until stopped', async () => {
    const ran: string[] = [];
    const runner = createJobRunner(t.deps, {
      handlers: { tick: async (j) => void ran.push(j.id) },
      intervalMs: 100,
    });
    runner.start();
    const job = await add('tick');
    await vi.waitFor(() => expect(ran).toEqual([job!.id]), { timeout: 10_000 });
    await runner.stop();
    expect((await findJob(t.deps.db, job!.id))!.status).toBe('done');
  });
});
