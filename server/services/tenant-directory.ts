import type { Database } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import {
  directoryOf,
  tenantOfHost,
  type TenantDirectory,
  type TenantRef,
} from '../domain/tenants/hosts.ts';
import * as repo from '../repositories/tenants.ts';

/**
 * How long a loaded host map answers before it is read again. Writes in this process forget
 * it at once; a tenant or host added by the CLI (another process) is seen within this time.
 */
export const directoryTtlMs = 30_000;

interface Cached {
  directory: TenantDirectory;
  loadedAt: number;
}

// One entry per database, so tests that open many databases in one process never mix them.
const cache = new WeakMap<Database, Cached>();
const loading = new WeakMap<Database, Promise<Cached>>();
// Bumped when a write forgets the map, so a read begun before the write is not cached.
const generation = new WeakMap<Database, number>();

async function load(deps: Deps): Promise<Cached> {
  const [tenants, hosts] = await Promise.all([repo.listTenants(deps.db), repo.listHosts(deps.db)]);
  const directory = directoryOf(
    tenants.map((t) => ({ id: t.id, code: t.code, name: t.name })),
    hosts,
  );
  return { directory, loadedAt: deps.clock().getTime() };
}

async function directory(deps: Deps): Promise<TenantDirectory> {
  const hit = cache.get(deps.db);
  if (hit && Math.abs(deps.clock().getTime() - hit.loadedAt) < directoryTtlMs) return hit.directory;
  const gen = generation.get(deps.db) ?? 0;
  let pending = loading.get(deps.db);
  if (!pending) {
    // One read serves every request that arrives while it runs.
    const started = load(deps).finally(() => {
      if (loading.get(deps.db) === started) loading.delete(deps.db);
    });
    loading.set(deps.db, (pending = started));
  }
  const fresh = await pending;
  if ((generation.get(deps.db) ?? 0) === gen) cache.set(deps.db, fresh);
  return fresh.directory;
}

/** The tenant a request for `host` belongs to; undefined when no tenant answers it. */
export async function tenantForHost(
  deps: Deps,
  host: string | undefined,
): Promise<TenantRef | undefined> {
  return tenantOfHost(await directory(deps), host);
}

/** Called after a tenant or host is written, so this process answers with it immediately. */
export function forgetTenantDirectory(db: Database): void {
  generation.set(db, (generation.get(db) ?? 0) + 1);
  cache.delete(db);
  loading.delete(db);
}
