import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { commendationRules } from '../db/schema/index.ts';
import { laiChauDefaultRules } from '../domain/commendations/index.ts';
import { recordAudit, systemActor } from '../services/audit.ts';

/** Seeds Lai Châu's default eligibility rules once per tenant; later starts leave edited rules alone. */
export async function seedCommendationRules(
  tx: Executor,
  ctx: { tenantId: string; at: Date; newId: () => string },
): Promise<{ loaded: boolean }> {
  const [existing] = await tx
    .select({ id: commendationRules.id })
    .from(commendationRules)
    .where(eq(commendationRules.tenantId, ctx.tenantId))
    .limit(1);
  if (existing) return { loaded: false };
  const rows = laiChauDefaultRules.map((r) => ({
    id: ctx.newId(),
    tenantId: ctx.tenantId,
    code: r.code,
    awardCode: r.awardCode,
    subject: r.subject,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo ?? null,
    citation: r.citation,
    title: r.title ?? null,
    condition: r.condition,
  }));
  await tx.insert(commendationRules).values(rows);
  await recordAudit(tx, {
    tenantId: ctx.tenantId,
    actor: systemActor,
    at: ctx.at,
    action: 'commendation_rule.seed',
    entityType: 'commendation_rule',
    entityId: ctx.tenantId,
    after: { count: rows.length, codes: rows.map((r) => r.code) },
  });
  return { loaded: true };
}
