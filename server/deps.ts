import type { Config } from './config.ts';
import type { Database, DatabaseKind } from './db/client.ts';

/** What services need from the outside world; tests pass fixed clocks and ids. */
export interface Deps {
  db: Database;
  dbKind: DatabaseKind;
  config: Config;
  clock: () => Date;
  newId: () => string;
  /** URL-safe random token of `bytes` bytes. */
  randomToken: (bytes: number) => string;
}
