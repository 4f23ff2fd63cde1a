import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryCapMs, retryDelayMs } from './backoff.ts';

describe('retry backoff', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [8, 3_600_000],
    [100, 3_600_000],
  ])('attempt %i waits %i ms', (attempt, ms) => {
    expect(retryDelayMs(attempt)).toBe(ms);
  });

  it('never shrinks from one attempt to the next and never passes the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (attempt) => {
        const now = retryDelayMs(attempt);
        expect(retryDelayMs(attempt + 1)).toBeGreaterThanOrEqual(now);
        expect(now).toBeLessThanOrEqual(retryCapMs);
        expect(now).toBeGreaterThan(0);
      }),
    );
  });
});
