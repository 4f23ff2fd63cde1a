import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { movements, unitVersions } from '../db/schema/index.ts';
import { recordAudit, systemActor } from '../services/audit.ts';
import { laiChauUnitEvents, laiChauUnits } from './lai-chau/history.ts';
import { laiChauPlan } from './lai-chau/plan.ts';
import type { SeedContext, UnitIdOf } from './context.ts';
import { addOldCommunes, oldCommunesStep } from './old-communes-step.ts';
import { recordSeedStep } from './seed-steps.ts';
import { writePlan } from './write-plan.ts';
import { writeSeedUnits } from './write-units.ts';

export type { SeedContext } from './context.ts';

/**
 * Loads the default install's data into the caller's transaction: the Lai Châu unit tree with
 * its history (including the 2025 reorganisation) and the plan with its sections, phases,
 * criteria, targets and sectors. When the tenant already has the movement, only fills in what
 * later versions of the seed added to units: the commune type of the seeded communes, and the
 * 104 old communes with the 2025 merger (each a data step that runs once).
 */
export async function loadLaiChau(tx: Tx, ctx: SeedContext): Promise<{ loaded: boolean }> {
  const code = laiChauPlan.movement.code;
  const [existing] = await tx
    .select({ id: movements.id })
    .from(movements)
    .where(and(eq(movements.tenantId, ctx.tenantId), eq(movements.code, code)))
    .limit(1);
  if (existing) {
    await backfillCommuneTypes(tx, ctx);
    await addOldCommunes(tx, ctx);
    return { loaded: false };
  }

  const unitIdOf = await writeUnits(tx, ctx);
  await writePlan(tx, ctx, laiChauPlan, unitIdOf);
  return { loaded: true };
}

async function writeUnits(tx: Tx, ctx: SeedContext): Promise<UnitIdOf> {
  const resolved = laiChauUnits();
  const ids = new Map(resolved.map((u) => [u.code, ctx.newId()]));
  const idOf: UnitIdOf = (code) => {
    const id = ids.get(code);
    if (!id) throw new Error(`seed: unknown unit code ${code}`);
    return id;
  };
  await writeSeedUnits(tx, ctx, resolved, laiChauUnitEvents, idOf);
  // a fresh install has the old communes from the start: the step for older databases is done
  await recordSeedStep(tx, ctx, oldCommunesStep, 'applied');
  return idOf;
}

/**
 * Databases seeded before unit_versions.commune_type existed get the seeded communes' types on
 * the next start. It runs only while no version of the tenant has a commune type yet, so a type
 * the office later changed or cleared is never overwritten.
 */
export async function backfillCommuneTypes(tx: Tx, ctx: SeedContext): Promise<{ updated: number }> {
  const [typed] = await tx
    .select({ id: unitVersions.id })
    .from(unitVersions)
    .where(and(eq(unitVersions.tenantId, ctx.tenantId), isNotNull(unitVersions.communeType)))
    .limit(1);
  if (typed) return { updated: 0 };
  const byCode = laiChauUnits()
    .filter((u) => u.kind === 'commune' && u.versions[0]?.communeType)
    .map((u) => ({ code: u.code, commune_type: u.versions[0]!.communeType }));
  const rows = await queryRows<{ id: string; unit_id: string; commune_type: string }>(
    tx,
    sql`
    update unit_versions v set commune_type = x.commune_type
      from units u, jsonb_to_recordset(${JSON.stringify(byCode)}::jsonb) as x(code text, commune_type text)
     where u.id = v.unit_id and u.tenant_id = ${ctx.tenantId} and v.tenant_id = ${ctx.tenantId}
       and u.code = x.code and u.kind = 'commune'
    returning v.id, v.unit_id, v.commune_type`,
  );
  if (rows.length)
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actor: systemActor,
      at: ctx.at,
      action: 'seed.unit_version.commune_type',
      entityType: 'unit_version',
      entityId: ctx.tenantId,
      after: { updated: rows.map((r) => ({ versionId: r.id, communeType: r.commune_type })) },
    });
  return { updated: rows.length };
}
