import { createHash } from 'node:crypto';

/** The hashed content of one audit entry. */
export interface AuditContent {
  tenantId: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Each entry's hash covers the previous hash, so editing or deleting any entry breaks every later link. */
export function hashEntry(prevHash: string, content: AuditContent): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}

export interface StoredEntry extends AuditContent {
  seq: number;
  prevHash: string;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: 'prev_hash' | 'hash' };

/** Walks entries in order; reports the first entry whose link or own hash does not hold. */
export function verifyChain(entries: Iterable<StoredEntry>, startHash = genesisHash): ChainVerdict {
  let prev = startHash;
  let checked = 0;
  for (const entry of entries) {
    checked++;
    if (entry.prevHash !== prev)
      return { ok: false, checked, brokenAt: entry.seq, reason: 'prev_hash' };
    const { seq: _seq, prevHash: _p, hash, ...content } = entry;
    if (hashEntry(prev, content) !== hash)
      return { ok: false, checked, brokenAt: entry.seq, reason: 'hash' };
    prev = hash;
  }
  return { ok: true, checked };
}
