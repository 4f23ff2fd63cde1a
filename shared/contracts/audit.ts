/** Who changed what: the audit trail, read-only, and its hash-chain check. */
import { z } from 'zod';
import { input } from './common.ts';

/** Entry sequence numbers come from an int8 column: any safe integer, not only int32. */
const seq = z.int().min(1);

export const auditQuery = input({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  /** Entries older than this sequence number (keyset paging, newest first). */
  before: z.coerce.number().pipe(seq).optional(),
  limit: z.coerce.number().pipe(z.int32().min(1).max(200)).default(50),
});
export type AuditQuery = z.input<typeof auditQuery>;

export const auditEntry = z.object({
  seq,
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditListResponse = z.object({
  entries: z.array(auditEntry),
  /** The cursor for the following page (`before`), or null on the last page. */
  next: seq.nullable(),
});
export type AuditListResponse = z.infer<typeof auditListResponse>;

export const auditVerifyResponse = z.object({
  ok: z.boolean(),
  checked: z.int(),
  brokenAt: seq.optional(),
  reason: z.enum(['prev_hash', 'hash']).optional(),
});
export type AuditVerifyResponse = z.infer<typeof auditVerifyResponse>;
