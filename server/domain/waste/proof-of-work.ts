import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A small proof of work instead of a third-party captcha (issue 14): the server hands out a
 * signed challenge `issuedAt.random.signature`; the form finds a nonce whose
 * SHA-256(challenge + ":" + nonce) starts with `bits` zero bits (≈ 2^bits hashes, well under a
 * second in a phone's browser at 14 bits) and sends both with the report. The challenge is
 * valid for `maxAgeMs` and once only (the caller remembers used ones).
 */
export const powBits = 14;
export const powMaxAgeMs = 30 * 60_000;

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22);

export function issueChallenge(secret: string, now: Date, random: string): string {
  const body = `${now.getTime()}.${random}`;
  return `${body}.${sign(secret, body)}`;
}

export const leadingZeroBits = (hash: Buffer): number => {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
};

export const powHash = (challenge: string, nonce: string) =>
  createHash('sha256').update(`${challenge}:${nonce}`).digest();

export type PowProblem = 'pow_malformed' | 'pow_expired' | 'pow_insufficient';

export function checkProofOfWork(
  secret: string,
  challenge: string,
  nonce: string,
  now: Date,
  bits = powBits,
): PowProblem | null {
  const parts = challenge.split('.');
  if (parts.length !== 3 || !/^\d{1,15}$/.test(parts[0]!) || nonce.length > 64)
    return 'pow_malformed';
  const expected = Buffer.from(sign(secret, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'pow_malformed';
  const age = now.getTime() - Number(parts[0]);
  if (age < -60_000 || age > powMaxAgeMs) return 'pow_expired';
  return leadingZeroBits(powHash(challenge, nonce)) >= bits ? null : 'pow_insufficient';
}

/** Finds a nonce (tests, the Open311 docs' example client). */
export function solveChallenge(challenge: string, bits = powBits): string {
  for (let n = 0; ; n++)
    if (leadingZeroBits(powHash(challenge, String(n))) >= bits) return String(n);
}
