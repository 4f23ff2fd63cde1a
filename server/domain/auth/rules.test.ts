import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isStrongPassword,
  isThrottled,
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
  it.each([
    [{ byUser: throttleRules.maxPerUser - 1, byIp: 0 }, false],
    [{ byUser: throttleRules.maxPerUser, byIp: 0 }, true],
    [{ byUser: 0, byIp: throttleRules.maxPerIp - 1 }, false],
    [{ byUser: 0, byIp: throttleRules.maxPerIp }, true],
  ])('%j → %s', (recent, expected) => expect(isThrottled(recent)).toBe(expected));
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
