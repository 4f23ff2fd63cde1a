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
  /** Failures older than this are forgotten. */
  windowMs: 15 * 60 * 1000,
  /** Failures of one (username, address) pair inside the window before that pair is slowed down. */
  maxPerPair: 5,
  /** Distinct failing usernames from one address inside the window before the address is slowed down. */
  maxUsernamesPerIp: 20,
  /** The first delay once over a limit; each further attempt doubles it, up to the window. */
  baseDelayMs: 1000,
} as const;

/** The wait owed after `excess` attempts over a limit: 1 s, 2 s, 4 s, … never more than the window. */
export function throttleDelayMs(excess: number): number {
  if (excess <= 0) return 0;
  return Math.min(throttleRules.windowMs, throttleRules.baseDelayMs * 2 ** Math.min(excess - 1, 30));
}

export interface AttemptCounts {
  /** Attempts of this (username, address) pair in the window, this one included (reserved first). */
  pair: number;
  /** When the pair's previous attempt was reserved, if any. */
  pairPreviousAt: Date | undefined;
  /** Distinct usernames attempted from this address in the window, this one included. */
  ipUsernames: number;
  /** When the address's previous attempt was reserved, if any. */
  ipPreviousAt: Date | undefined;
}

/**
 * Whether the password may be checked for this attempt, or how long to wait. The attempt was
 * reserved (counted) before this is asked, so parallel attempts each see every earlier one:
 * the k-th sees at least k and no more than the limit pass. Over a limit the pair (or address)
 * is slowed, never shut: one attempt per doubling delay since its previous attempt.
 */
export function signInAllowance(
  counts: AttemptCounts,
  now: Date,
): { allowed: true } | { allowed: false; retryAfterMs: number } {
  let wait = 0;
  const owe = (excess: number, previousAt: Date | undefined) => {
    const delay = throttleDelayMs(excess);
    if (!delay) return;
    const elapsed = previousAt ? now.getTime() - previousAt.getTime() : Infinity;
    if (elapsed < delay) wait = Math.max(wait, delay - elapsed);
  };
  owe(counts.pair - throttleRules.maxPerPair, counts.pairPreviousAt);
  owe(counts.ipUsernames - throttleRules.maxUsernamesPerIp, counts.ipPreviousAt);
  return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
}

export type SessionState = 'active' | 'idle_expired' | 'absolute_expired';

export function sessionState(s: { lastSeenAt: Date; expiresAt: Date }, now: Date): SessionState {
  if (now.getTime() >= s.expiresAt.getTime()) return 'absolute_expired';
  if (now.getTime() - s.lastSeenAt.getTime() >= sessionRules.idleMs) return 'idle_expired';
  return 'active';
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= sessionRules.touchEveryMs;
}

/** At least 12 characters with a letter and a digit; long passphrases pass without digits. */
export function isStrongPassword(password: string): boolean {
  if (password.length < 12 || password.length > 200) return false;
  if (password.length >= 20) return true;
  return /\p{L}/u.test(password) && /\p{N}/u.test(password);
}
