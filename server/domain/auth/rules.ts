/** Sign-in and session rules; pure, so the numbers are tested and stated once. */
export const sessionRules = {
  /** Signed out after this long without a request. */
  idleMs: 30 * 60 * 1000,
  /** Signed out this long after signing in, however active. */
  absoluteMs: 12 * 60 * 60 * 1000,
  /** A session's last-seen time is written at most this often. */
  touchEveryMs: 60 * 1000,
} as const;

export const throttleRules = {
  windowMs: 15 * 60 * 1000,
  /** Failures for one username inside the window before sign-in answers 429. */
  maxPerUser: 5,
  /** Failures from one address inside the window before sign-in answers 429. */
  maxPerIp: 20,
} as const;

export type SessionState = 'active' | 'idle_expired' | 'absolute_expired';

export function sessionState(s: { lastSeenAt: Date; expiresAt: Date }, now: Date): SessionState {
  if (now.getTime() >= s.expiresAt.getTime()) return 'absolute_expired';
  if (now.getTime() - s.lastSeenAt.getTime() >= sessionRules.idleMs) return 'idle_expired';
  return 'active';
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= sessionRules.touchEveryMs;
}

/** Whether another attempt may be tried, given recent failures by user and by address. */
export function isThrottled(recent: { byUser: number; byIp: number }): boolean {
  return recent.byUser >= throttleRules.maxPerUser || recent.byIp >= throttleRules.maxPerIp;
}

/** At least 12 characters with a letter and a digit; long passphrases pass without digits. */
export function isStrongPassword(password: string): boolean {
  if (password.length < 12 || password.length > 200) return false;
  if (password.length >= 20) return true;
  return /\p{L}/u.test(password) && /\p{N}/u.test(password);
}
