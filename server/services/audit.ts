import type { Executor } from '../db/client.ts';
import {
  genesisHash,
  hashEntry,
  verifyChain,
  type ChainVerdict,
  type StoredEntry,
} from '../domain/audit/chain.ts';
import type { Actor } from '../policies/actor.ts';
import { bumpTopic } from '../repositories/answer-versions.ts';
import { appendEntry, chainPage, lockHead } from '../repositories/audit.ts';
import { noteWrite, watchedTopics } from './answer-cache.ts';

/** Who wrote: a signed-in user or the system itself (seeding, jobs). */
export interface AuditActor {
  id: string | null;
  name: string;
}

export const systemActor: AuditActor = { id: null, name: 'system' };

/** The signed-in user as the log names them: id and username (the name they sign in with). */
export const auditActor = (a: Pick<Actor, 'id' | 'username'>): AuditActor => ({
  id: a.id,
  name: a.username,
});

export interface AuditInput {
  tenantId: string;
  actor: AuditActor;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Strips secrets and normalises values (Dates → ISO) before they enter the log. */
function scrub(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      key === 'passwordHash' || key === 'password' || key === 'tokenHash' ? '[redacted]' : v,
    ),
  );
}

/**
 * Appends one entry inside the caller's transaction. Locking the tenant's head row
 * serialises concurrent appends so the chain never forks.
 */
export async function recordAudit(tx: Executor, input: AuditInput): Promise<void> {
  const head = await lockHead(tx, input.tenantId, genesisHash);
  const prevHash = head.lastHash;
  const content = {
    tenantId: input.tenantId,
    at: input.at.toISOString(),
    actorId: input.actor.id,
    actorName: input.actor.name,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: scrub(input.before),
    after: scrub(input.after),
  };
  const hash = hashEntry(prevHash, content);
  await appendEntry(tx, { ...content, prevHash, hash });
  // Cached answers built from this kind of record are stale once the write commits (ADR 0051).
  if (watchedTopics.has(input.entityType)) {
    noteWrite(input.tenantId);
    await bumpTopic(tx, input.tenantId, input.entityType);
  }
}

/** Re-hashes the tenant's whole chain in pages; reports the first broken link. */
export async function verifyAudit(db: Executor, tenantId: string): Promise<ChainVerdict> {
  const pageSize = 2000;
  let after = 0;
  let prev = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await chainPage(db, tenantId, after, pageSize);
    if (rows.length === 0) return { ok: true, checked };
    const entries: StoredEntry[] = rows.map((r) => ({
      seq: r.seq,
      tenantId: r.tenantId,
      at: new Date(r.at).toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      prevHash: r.prevHash,
      hash: r.hash,
    }));
    const verdict = verifyChain(entries, prev);
    if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
    checked += verdict.checked;
    prev = entries[entries.length - 1]!.hash;
    after = entries[entries.length - 1]!.seq;
  }
}
