import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { openEmbedded, openPostgres } from '../../server/db/client.ts';
import { bootstrap } from '../../server/seed/bootstrap.ts';

export const tmpDir = path.resolve(import.meta.dirname, '..', '..', '.tmp');
/**
 * Each run (vitest's global setup, inherited by its workers) has its own template, so two
 * runs on one machine never overwrite each other's.
 */
const runId = () => (process.env.THIDUA_TEST_RUN ??= String(process.pid));
export const templateFile = () => path.join(tmpDir, `pglite-template-${runId()}.tar.gz`);
export const testAdminPassword = 'admin-password-2026';
export const seedTime = new Date('2026-01-15T08:00:00Z');

const seedCtx = () => ({
  at: seedTime,
  newId: () => randomUUID(),
  randomToken: (n: number) => randomBytes(n).toString('base64url'),
  adminPassword: testAdminPassword,
});

/** Migrated and seeded PGlite, dumped once per run; each test file loads a copy (≈1 s vs ≈6 s for initdb). */
export async function buildPgliteTemplate(): Promise<void> {
  fs.mkdirSync(tmpDir, { recursive: true });
  const handle = await openEmbedded({});
  await handle.migrate();
  await bootstrap(handle.db, seedCtx());
  const dump = await dumpOf(handle);
  fs.writeFileSync(templateFile(), Buffer.from(await dump.arrayBuffer()));
  await handle.close();
}

async function dumpOf(handle: Awaited<ReturnType<typeof openEmbedded>>): Promise<Blob> {
  if (!handle.dumpDataDir) throw new Error('not an embedded database');
  return handle.dumpDataDir();
}

export function templateDbName(url: string): string {
  return `${new URL(url).pathname.slice(1) || 'postgres'}_template_${runId()}`;
}

function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export function databaseUrlFor(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A migrated, seeded template database on the PostgreSQL server of DATABASE_URL. */
export async function buildPostgresTemplate(url: string): Promise<void> {
  const name = templateDbName(url);
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const handle = openPostgres(databaseUrlFor(url, name));
  await handle.migrate();
  await bootstrap(handle.db, seedCtx());
  await handle.close();
}

/** A fresh database copied from the template; dropped by the returned function. */
export async function createPostgresCopy(
  url: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `thidua_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${templateDbName(url)}"`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrlFor(url, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl(url) });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Removes this run's template (file or database). */
export async function dropTemplate(url: string | undefined): Promise<void> {
  if (!url) {
    fs.rmSync(templateFile(), { force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${templateDbName(url)}" with (force)`);
  } finally {
    await admin.end();
  }
}
