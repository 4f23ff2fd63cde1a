import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

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
