/** First retry after 30 s, doubling each attempt, never more than an hour apart. */
export const retryBaseMs = 30_000;
export const retryCapMs = 3_600_000;

/** The wait before retrying a job whose `attempt`-th run (1-based) failed. */
export function retryDelayMs(attempt: number, baseMs = retryBaseMs, capMs = retryCapMs): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(capMs, baseMs * 2 ** exponent);
}
