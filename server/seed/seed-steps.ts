import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { seedSteps } from '../db/schema/index.ts';
import type { SeedContext } from './context.ts';

/** Whether the tenant has run the data step already (applied or found nothing to do). */
export async function seedStepRan(tx: Tx, tenantId: string, step: string): Promise<boolean> {
  const [row] = await tx
    .select({ step: seedSteps.step })
    .from(seedSteps)
    .where(and(eq(seedSteps.tenantId, tenantId), eq(seedSteps.step, step)))
    .limit(1);
  return Boolean(row);
}

/** Records that the step ran and what came of it; a second record of the same step is a no-op. */
export async function recordSeedStep(
  tx: Tx,
  ctx: SeedContext,
  step: string,
  outcome: string,
): Promise<void> {
  await tx
    .insert(seedSteps)
    .values({ tenantId: ctx.tenantId, step, outcome, ranAt: ctx.at })
    .onConflictDoNothing();
}
