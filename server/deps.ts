import { vietnamDay } from '../shared/vietnam-day.ts';
import type { Config } from './config.ts';
import type { Database, DatabaseKind } from './db/client.ts';

/** What services need from the outside world; tests pass fixed clocks and ids. */
export interface Deps {
  db: Database;
  dbKind: DatabaseKind;
  config: Config;
  clock: () => Date;
  /**
   * The office's calendar day of `clock()`, 'YYYY-MM-DD' in Asia/Ho_Chi_Minh: every "today",
   * deadline and "late" is decided on it (ADR 0022). Built as `todayOnClock`.
   */
  today: (this: Pick<Deps, 'clock'>) => string;
  newId: () => string;
  /** URL-safe random token of `bytes` bytes. */
  randomToken: (bytes: number) => string;
}

/**
 * `deps.today`: reads the clock of the object it is called on, so a test that moves
 * `deps.clock` (or spreads deps with another clock) moves the day with it.
 */
export function todayOnClock(this: Pick<Deps, 'clock'>): string {
  return vietnamDay(this.clock());
}
