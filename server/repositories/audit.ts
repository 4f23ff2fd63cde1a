import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import { auditHeads, auditLog } from '../db/schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  /** Entries older than this sequence number (keyset paging, newest first). */
  before?: number | undefined;
  limit: number;
}

export async function listAuditEntries(
  db: Executor,
  tenantId: string,
  f: AuditFilter,
): Promise<AuditRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(auditLog.tenantId, tenantId),
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.before ? lt(auditLog.seq, f.before) : undefined,
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(f.limit);
}

/**
 * The tenant's chain head, created at the genesis hash when missing, locked until the
 * transaction ends: appends are serialised so the chain never forks. One statement: the
 * upsert takes the row lock and returns the head (ADR 0052).
 */
export async function lockHead(
  tx: Executor,
  tenantId: string,
  genesisHash: string,
): Promise<{ lastSeq: number; lastHash: string }> {
  const [head] = await tx
    .insert(auditHeads)
    .values({ tenantId, lastSeq: 0, lastHash: genesisHash })
    .onConflictDoUpdate({ target: auditHeads.tenantId, set: { tenantId: sql`excluded.tenant_id` } })
    .returning({ lastSeq: auditHeads.lastSeq, lastHash: auditHeads.lastHash });
  return head ?? { lastSeq: 0, lastHash: genesisHash };
}

const jsonb = (v: unknown) =>
  sql`${v === null || v === undefined ? null : JSON.stringify(v)}::jsonb`;

/**
 * Appends an entry and moves the (locked) head to it in one statement; returns its sequence
 * number.
 */
export async function appendEntry(
  tx: Executor,
  entry: Omit<typeof auditLog.$inferInsert, 'seq'>,
): Promise<number> {
  const rows = await queryRows<{ seq: number | string }>(
    tx,
    sql`with e as (
      insert into audit_log (tenant_id, at, actor_id, actor_name, action, entity_type, entity_id, before, after, prev_hash, hash)
      values (${entry.tenantId}, ${entry.at}, ${entry.actorId ?? null}, ${entry.actorName}, ${entry.action},
              ${entry.entityType}, ${entry.entityId}, ${jsonb(entry.before)}, ${jsonb(entry.after)},
              ${entry.prevHash}, ${entry.hash})
      returning seq)
    update audit_heads set last_seq = (select seq from e), last_hash = ${entry.hash}
     where tenant_id = ${entry.tenantId}
    returning last_seq as seq`,
  );
  return Number(rows[0]!.seq);
}

/** A page of the chain in order, after sequence number `after`. */
export function chainPage(
  db: Executor,
  tenantId: string,
  after: number,
  limit: number,
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, after)))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}
