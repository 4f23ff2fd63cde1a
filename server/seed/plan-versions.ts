import type { Tx } from '../db/client.ts';
import { validatePlanContent } from '../domain/plans/index.ts';
import * as repo from '../repositories/plans.ts';
import { recordAudit, systemActor } from '../services/audit.ts';
import { contentFromTables } from '../services/plan-content.ts';
import type { DecisionField } from '../../shared/contracts/plans.ts';
import type { SeedContext } from './context.ts';
import { laiChauPlan } from './lai-chau/plan.ts';
import { planArchive, planRecipients, planSignerTitle } from './lai-chau/plan-issue.ts';

/**
 * Every movement without versions gets version 1, issued by the plan itself: the signer as
 * the plan prints it, the number and date it does not state recorded as unknown (ADR 0030).
 * Idempotent; runs on every start so databases seeded before versions existed get theirs.
 */
export async function seedPlanVersions(tx: Tx, ctx: SeedContext): Promise<{ created: number }> {
  let created = 0;
  for (const m of await repo.movementsWithoutVersions(tx, ctx.tenantId)) {
    const seeded = m.code === laiChauPlan.movement.code;
    const content = await contentFromTables(
      tx,
      m,
      seeded ? { recipients: planRecipients, archive: planArchive } : undefined,
    );
    const checked = validatePlanContent(content);
    if (!checked.ok) throw new Error(`seed plan ${m.code}: ${JSON.stringify(checked.fields)}`);
    const signerTitle = seeded ? planSignerTitle : null;
    const unknown: DecisionField[] = ['number', 'date'];
    if (!m.signerName) unknown.push('signerName');
    if (!signerTitle) unknown.push('signerTitle');
    const row = await repo.insertVersion(tx, {
      id: ctx.newId(),
      tenantId: ctx.tenantId,
      movementId: m.id,
      number: 1,
      status: 'issued',
      basedOn: null,
      content: checked.content,
      decisionKind: 'plan',
      decisionNumber: null,
      decisionDate: null,
      signerName: m.signerName,
      signerTitle,
      unknownFields: unknown,
      createdAt: ctx.at,
      updatedAt: ctx.at,
      issuedAt: ctx.at,
      issuedByName: 'system',
    });
    await repo.markValuesSetBy(tx, ctx.tenantId, m.id, 1);
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actor: systemActor,
      at: ctx.at,
      action: 'seed.plan_version.create',
      entityType: 'plan_version',
      entityId: row.id,
      after: { movement: m.code, number: 1, status: 'issued', unknown },
    });
    created += 1;
  }
  return { created };
}
