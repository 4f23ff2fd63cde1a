import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isStrongPassword,
  signInAllowance,
  throttleDelayMs,
  sessionRules,
  sessionState,
  throttleRules,
} from './rules.ts';

const t0 = new Date('2026-01-01T08:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);

describe('session expiry', () => {
  const session = { lastSeenAt: t0, expiresAt: plus(sessionRules.absoluteMs) };
  it('is active just before the idle limit', () => {
    expect(sessionState(session, plus(sessionRules.idleMs - 1))).toBe('active');
  });
  it('expires at the idle limit', () => {
    expect(sessionState(session, plus(sessionRules.idleMs))).toBe('idle_expired');
  });
  it('expires at the absolute limit even when just used', () => {
    const busy = { lastSeenAt: plus(sessionRules.absoluteMs - 1000), expiresAt: session.expiresAt };
    expect(sessionState(busy, plus(sessionRules.absoluteMs))).toBe('absolute_expired');
  });
  it('property: never active past the absolute limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * sessionRules.absoluteMs }),
        fc.integer({ min: 0, max: 10 * sessionRules.absoluteMs }),
        (seen, now) => {
          const state = sessionState(
            { lastSeenAt: plus(seen), expiresAt: plus(sessionRules.absoluteMs) },
            plus(now),
          );
          return now < sessionRules.absoluteMs || state !== 'active';
        },
      ),
    );
  });
});

describe('login throttling', () => {
  const counts = (pair: number, ipUsernames = 1, previousAt: Date | undefined = t0) => ({
    pair,
    pairPreviousAt: previousAt,
    ipUsernames,
    ipPreviousAt: previousAt,
  });
  it('checks the password up to the pair limit, however close together', () => {
    for (let n = 1; n <= throttleRules.maxPerPair; n++)
      expect(signInAllowance(counts(n), t0)).toEqual({ allowed: true });
    expect(signInAllowance(counts(throttleRules.maxPerPair + 1), t0)).toEqual({
      allowed: false,
      retryAfterMs: 1000,
    });
  });
  it('over the limit, one attempt per doubling delay since the previous one', () => {
    const over = throttleRules.maxPerPair;
    expect(signInAllowance(counts(over + 1), plus(999)).allowed).toBe(false);
    expect(signInAllowance(counts(over + 1), plus(1000)).allowed).toBe(true);
    expect(signInAllowance(counts(over + 3), plus(3999)).allowed).toBe(false);
    expect(signInAllowance(counts(over + 3), plus(4000)).allowed).toBe(true);
  });
  it('the delay doubles and never exceeds the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (excess) => {
        const d = throttleDelayMs(excess);
        expect(d).toBeLessThanOrEqual(throttleRules.windowMs);
        expect(throttleDelayMs(excess + 1)).toBeGreaterThanOrEqual(d);
      }),
    );
    expect(throttleDelayMs(0)).toBe(0);
  });
  it('an address is slowed only by many distinct usernames', () => {
    expect(signInAllowance(counts(1, throttleRules.maxUsernamesPerIp), t0).allowed).toBe(true);
    expect(signInAllowance(counts(1, throttleRules.maxUsernamesPerIp + 1), t0).allowed).toBe(
      false,
    );
  });
});

describe('password strength', () => {
  it.each([
    ['short1', false],
    ['onlyletterslong', false],
    ['123456789012', false],
    ['matkhau2026!', true],
    ['mật khẩu dài không có số nào', true],
  ])('%s → %s', (pw, expected) => expect(isStrongPassword(pw)).toBe(expected));
});
