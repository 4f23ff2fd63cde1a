/**
 * Answers computed once per change (ADR 0051). A cached answer names the audited entity types
 * it is built from (`dependsOn`); every audited write of such a type bumps a per-tenant counter
 * in its own transaction (`recordAudit`), and an answer is served from memory — serialised,
 * with an ETag and brotli and gzip variants made once — while those counters are unchanged.
 *
 * The counters are read from the database at most once a second per tenant and process, and
 * always while a write of this process may still be committing, so this process sees its own
 * writes at once and other processes (a second server, the CLI) within a second.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Executor } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { topicVersions } from '../repositories/answer-versions.ts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface CachedBody {
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/**
 * Entity types that plan-wide answers are built from: the plan and its texts, criteria
 * versions, targets and their actuals, and the units whose names and successors they show.
 */
const planTopics = [
  'movement',
  'plan_version',
  'criteria_version',
  'target_actual',
  'target_assignment',
  'unit',
  'unit_version',
  'unit_event',
  'unit_import',
  'tenant',
  'tenant_setting',
] as const;

/**
 * Every cached answer, by name, with the entity types it depends on. A module that caches an
 * answer adds its line here, so every process that writes (server or CLI) bumps its topics.
 */
export const cachedAnswers = {
  'public.movements': planTopics,
  'public.movement': planTopics,
  'public.targets': planTopics,
  'plan.criteria': planTopics,
  /** The units a user's grants cover (ADR 0052), keyed also by the grants themselves. */
  'actor.scope': ['unit', 'unit_version', 'unit_event', 'unit_import', 'tenant'],
} as const satisfies Record<string, readonly string[]>;
export type AnswerName = keyof typeof cachedAnswers;

/** The entity types whose writes bump a counter (the union of every answer's). */
export const watchedTopics: ReadonlySet<string> = new Set(Object.values(cachedAnswers).flat());

const versionTtlMs = 1000;
/** How long after a write of this process its tenant's counters are read on every request. */
const dirtyMs = 10_000;

interface TenantState {
  versions?: Promise<Map<string, number>>;
  readAt: number;
}
interface Store {
  tenants: Map<string, TenantState>;
  answers: Map<string, { stamp: string; value: Promise<unknown> }>;
}
/** Entries kept per database handle; the oldest goes first beyond it. */
const maxEntries = 20_000;

// Per database handle: tests run several copies of one template (same tenant ids) in a process.
const stores = new WeakMap<object, Store>();
const dirtyUntil = new Map<string, number>();

/** Called by recordAudit when a watched topic is written (the transaction may not have committed yet). */
export function noteWrite(tenantId: string): void {
  dirtyUntil.set(tenantId, Date.now() + dirtyMs);
}

function storeOf(db: Executor): Store {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = { tenants: new Map(), answers: new Map() }));
  return store;
}

async function versionsOf(deps: Deps, store: Store, tenantId: string) {
  const now = Date.now();
  let state = store.tenants.get(tenantId);
  if (!state) store.tenants.set(tenantId, (state = { readAt: 0 }));
  const fresh =
    state.versions && now - state.readAt < versionTtlMs && (dirtyUntil.get(tenantId) ?? 0) < now;
  if (!fresh) {
    state.readAt = now;
    state.versions = topicVersions(deps.db, tenantId, [...watchedTopics]);
    state.versions.catch(() => {
      state.readAt = 0;
    });
  }
  return state.versions!;
}

async function encode(json: string): Promise<CachedBody> {
  const identity = Buffer.from(json);
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzip(identity, { level: 9 }),
  ]);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  return { etag, identity, br, gzip: gz };
}

/**
 * The value `name` for `id`, from memory while its topics are unchanged and `variant` (what
 * else it depends on: the day, a user's grants) is the same; else `compute()` once, shared by
 * concurrent misses. A computation that throws (404) is not kept.
 */
export async function cachedValue<T>(
  deps: Deps,
  tenantId: string,
  name: AnswerName,
  id: string,
  variant: string,
  compute: () => Promise<T>,
): Promise<T> {
  const store = storeOf(deps.db);
  const versions = await versionsOf(deps, store, tenantId);
  const stamp = `${cachedAnswers[name].map((t) => versions.get(t) ?? 0).join('.')}|${variant}`;
  const key = `${tenantId}|${name}|${id}`;
  const hit = store.answers.get(key);
  if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = compute();
  store.answers.delete(key);
  store.answers.set(key, { stamp, value });
  if (store.answers.size > maxEntries) store.answers.delete(store.answers.keys().next().value!);
  value.catch(() => {
    if (store.answers.get(key)?.value === value) store.answers.delete(key);
  });
  return value;
}

/**
 * A public (or shared) answer as stored: its JSON text from `render()`, pre-compressed, with
 * an ETag; `key` carries what else it varies on (a code, the day).
 */
export function cachedAnswer(
  deps: Deps,
  tenantId: string,
  name: AnswerName,
  key: string,
  render: () => Promise<string>,
): Promise<CachedBody> {
  return cachedValue(deps, tenantId, name, key, '', () => render().then(encode));
}
