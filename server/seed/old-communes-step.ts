import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { lockUnitTree } from '../repositories/units.ts';
import { oldCommuneCodes } from './lai-chau/communes-before-2025.ts';
import { unmergedCommunes } from './lai-chau/communes-2025.ts';
import { laiChauUnits } from './lai-chau/history.ts';
import { communeMergers } from './lai-chau/merger-2025.ts';
import { twoTierDate } from './lai-chau/reorganisation-2025.ts';
import type { SeedUnitEvent } from './lai-chau/types.ts';
import type { SeedContext } from './context.ts';
import { recordSeedStep, seedStepRan } from './seed-steps.ts';
import { writeSeedUnits } from './write-units.ts';

/** The data step's name in seed_steps. */
export const oldCommunesStep = 'lai-chau.old-communes-2025';

const dayBefore = '2025-06-30';

/**
 * Databases seeded before the old communes were in the seed get the 104 old units and the
 * unverified 2025 merger events, once, and only where the office has not entered old
 * communes itself: none of the seed's old codes exists, and no commune other than Mù Cả and
 * Tà Tổng stood on 2025-06-30. Units and events the office entered are never touched; a
 * merger whose successor is missing or not in force on 2025-07-01 is left out.
 */
export async function addOldCommunes(
  tx: Tx,
  ctx: SeedContext,
): Promise<{ outcome: string; units: number; events: number }> {
  const none = (outcome: string) => ({ outcome, units: 0, events: 0 });
  if (await seedStepRan(tx, ctx.tenantId, oldCommunesStep)) return none('already_ran');
  await lockUnitTree(tx, ctx.tenantId);
  const skip = async (outcome: string) => {
    await recordSeedStep(tx, ctx, oldCommunesStep, outcome);
    return none(outcome);
  };

  const stored = await queryRows<{
    id: string;
    code: string;
    kind: string;
    valid_from: string;
    valid_to: string | null;
  }>(
    tx,
    sql`select id, code, kind, valid_from::text, valid_to::text from units where tenant_id = ${ctx.tenantId}`,
  );
  const byCode = new Map(stored.map((u) => [u.code, u]));
  if (oldCommuneCodes.some((c) => byCode.has(c))) return skip('skipped: old communes present');
  const kept = new Set(unmergedCommunes.map((u) => u.code));
  const entered = stored.filter(
    (u) =>
      u.kind === 'commune' &&
      !kept.has(u.code) &&
      u.valid_from <= dayBefore &&
      (u.valid_to === null || u.valid_to > dayBefore),
  );
  if (entered.length) return skip('skipped: the office entered old communes');

  const resolved = laiChauUnits().filter((u) => oldCommuneCodes.includes(u.code));
  const parents = new Set(resolved.flatMap((u) => u.versions.map((v) => v.parentCode!)));
  const parentMissing = [...parents].some((code) => {
    const parent = byCode.get(code);
    return !parent || parent.valid_to !== twoTierDate;
  });
  if (parentMissing) return skip('skipped: the districts differ from the seed');

  const ids = new Map(resolved.map((u) => [u.code, ctx.newId()]));
  const idOf = (code: string) => {
    const id = ids.get(code) ?? byCode.get(code)?.id;
    if (!id) throw new Error(`seed: unknown unit code ${code}`);
    return id;
  };
  const successorInForce = (e: SeedUnitEvent) => {
    const code = e.parties.find((p) => p.role === 'successor')!.unit;
    const s = byCode.get(code);
    return Boolean(
      s && s.valid_from <= twoTierDate && (s.valid_to === null || s.valid_to > twoTierDate),
    );
  };
  const events = communeMergers.filter(successorInForce);
  await writeSeedUnits(tx, ctx, resolved, events, idOf);
  const outcome = `applied: ${resolved.length} units, ${events.length} merger events`;
  await recordSeedStep(tx, ctx, oldCommunesStep, outcome);
  return { outcome, units: resolved.length, events: events.length };
}
