import type { AuditListResponse } from '../../shared/contracts/audit.ts';
import type { AuditRow } from '../repositories/audit.ts';

/** A page of the trail; a missing before/after image is shown as null. */
export function presentAuditPage(page: {
  entries: AuditRow[];
  next: number | null;
}): AuditListResponse {
  return {
    entries: page.entries.map((e) => ({
      seq: e.seq,
      at: new Date(e.at).toISOString(),
      actorId: e.actorId,
      actorName: e.actorName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      hash: e.hash,
    })),
    next: page.next,
  };
}
