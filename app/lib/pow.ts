/**
 * Solves the form's proof of work (server/domain/waste/proof-of-work.ts): the first nonce
 * whose SHA-256(challenge + ":" + nonce) starts with `bits` zero bits. About 2^bits hashes;
 * at 14 bits well under a second on a phone. Batches keep the page responsive.
 */
function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export async function solvePow(challenge: string, bits: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let n = 0; ; n += 64) {
    const batch = await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${n + i}`)),
      ),
    );
    const hit = batch.findIndex((d) => leadingZeroBits(new Uint8Array(d)) >= bits);
    if (hit >= 0) return String(n + hit);
  }
}

/** A random key per report so a repeated send (slow link, double tap) files it once. */
export function newClientKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
