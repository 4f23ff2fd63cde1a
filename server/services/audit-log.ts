import { forbidden } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { ChainVerdict } from '../domain/audit/chain.ts';
import type { Actor } from '../policies/actor.ts';
import { auditPolicy } from '../policies/audit.ts';
import { listAuditEntries, type AuditFilter, type AuditRow } from '../repositories/audit.ts';
import { rootOf } from '../repositories/unit-names.ts';
import { verifyAudit } from './audit.ts';

async function ensureMayRead(deps: Deps, actor: Actor): Promise<void> {
  if (!auditPolicy.read(actor, await rootOf(deps.db, actor.tenantId))) throw forbidden();
}

/** Newest first, one page; `next` is the cursor for the following page. */
export async function readAuditTrail(
  deps: Deps,
  actor: Actor,
  filter: AuditFilter,
): Promise<{ entries: AuditRow[]; next: number | null }> {
  await ensureMayRead(deps, actor);
  const entries = await listAuditEntries(deps.db, actor.tenantId, filter);
  return {
    entries,
    next: entries.length === filter.limit ? entries[entries.length - 1]!.seq : null,
  };
}

export async function verifyAuditTrail(deps: Deps, actor: Actor): Promise<ChainVerdict> {
  await ensureMayRead(deps, actor);
  return verifyAudit(deps.db, actor.tenantId);
}
