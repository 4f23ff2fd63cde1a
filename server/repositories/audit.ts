import { and, asc, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
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
 * transaction ends: appends are serialised so the chain never forks.
 */
export async function lockHead(
  tx: Executor,
  tenantId: string,
  genesisHash: string,
): Promise<{ lastSeq: number; lastHash: string }> {
  await tx
    .insert(auditHeads)
    .values({ tenantId, lastSeq: 0, lastHash: genesisHash })
    .onConflictDoNothing();
  const [head] = await tx
    .select()
    .from(auditHeads)
    .where(eq(auditHeads.tenantId, tenantId))
    .for('update');
  return head ?? { lastSeq: 0, lastHash: genesisHash };
}

/** Appends an entry and moves the (locked) head to it; returns its sequence number. */
export async function appendEntry(
  tx: Executor,
  entry: Omit<typeof auditLog.$inferInsert, 'seq'>,
): Promise<number> {
  const [row] = await tx.insert(auditLog).values(entry).returning({ seq: auditLog.seq });
  await tx
    .update(auditHeads)
    .set({ lastSeq: row!.seq, lastHash: entry.hash })
    .where(eq(auditHeads.tenantId, entry.tenantId));
  return row!.seq;
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
