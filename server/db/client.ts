import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The common surface of the PGlite and node-postgres Drizzle databases. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Repositories accept either, so a service can pass its open transaction. */
export type Executor = Database | Tx;

export type DatabaseKind = 'embedded' | 'postgresql';

export interface DbHandle {
  db: Database;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Embedded only: the whole data directory as a tarball, for test templates and backups. */
  dumpDataDir?: () => Promise<Blob>;
}

export const migrationsFolder = path.resolve(import.meta.dirname, '..', '..', 'drizzle');

/** Opens PGlite in `dataDir/pgdata`, or an in-memory copy of `loadDataDir` for tests. */
export async function openEmbedded(options: {
  dataDir?: string;
  loadDataDir?: Blob | File;
}): Promise<DbHandle> {
  let client: PGlite;
  if (options.dataDir) {
    const dir = path.join(options.dataDir, 'pgdata');
    fs.mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir);
  } else {
    client = await PGlite.create({ loadDataDir: options.loadDataDir });
  }
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    kind: 'embedded',
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    close: () => client.close(),
    dumpDataDir: async () => client.dumpDataDir('gzip'),
  };
}

export function openPostgres(url: string): DbHandle {
  // The app's queries are short: JIT compilation cost 397 ms on a 1.5 ms scope query once its
  // plan crossed the threshold (issue 17), so it is off for every connection of the pool.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  // An idle connection can die under the pool (a server restart, an administrator's kill, a
  // dropped test database). Without a listener that error would crash the process; the pool
  // replaces the connection on its next use, so a note is enough.
  pool.on('error', (error: Error & { code?: string }) => {
    process.stderr.write(`PostgreSQL: an idle connection ended (${error.code ?? error.message})\n`);
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  return {
    db,
    kind: 'postgresql',
    migrate: () => migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder }),
    close: () => pool.end(),
  };
}

export async function openDatabase(config: {
  dataDir: string;
  databaseUrl?: string | undefined;
}): Promise<DbHandle> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openEmbedded({ dataDir: config.dataDir });
}

/** Raw SQL rows; both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
