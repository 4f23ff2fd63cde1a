import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  movements,
  planVersions,
  provinceTargets,
  provinceTargetValues,
} from '../db/schema/index.ts';

export type PlanVersionRow = typeof planVersions.$inferSelect;

/** The movement row, locked when a write must be the only one on its plan. */
export async function findMovement(db: Executor, tenantId: string, code: string, lock = false) {
  const query = db
    .select()
    .from(movements)
    .where(and(eq(movements.tenantId, tenantId), eq(movements.code, code)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** A movement's versions, newest first; drafts only when asked. */
export async function versionsOf(
  db: Executor,
  tenantId: string,
  movementIds: string[],
  withDrafts = true,
): Promise<PlanVersionRow[]> {
  if (!movementIds.length) return [];
  return db
    .select()
    .from(planVersions)
    .where(
      and(
        eq(planVersions.tenantId, tenantId),
        inArray(planVersions.movementId, movementIds),
        withDrafts ? undefined : ne(planVersions.status, 'draft'),
      ),
    )
    .orderBy(asc(planVersions.movementId), desc(planVersions.number));
}

export async function insertVersion(db: Executor, row: typeof planVersions.$inferInsert) {
  const [out] = await db.insert(planVersions).values(row).returning();
  return out!;
}

/**
 * Writes a version only while it is in `status` at `revision` (the optimistic lock);
 * undefined when it has moved on or someone else saved first.
 */
export async function updateVersion(
  db: Executor,
  tenantId: string,
  id: string,
  expect: { status: string; revision?: number },
  changes: Partial<typeof planVersions.$inferInsert>,
): Promise<PlanVersionRow | undefined> {
  const [row] = await db
    .update(planVersions)
    .set({ ...changes, revision: sql`${planVersions.revision} + 1` })
    .where(
      and(
        eq(planVersions.tenantId, tenantId),
        eq(planVersions.id, id),
        eq(planVersions.status, expect.status),
        expect.revision === undefined ? undefined : eq(planVersions.revision, expect.revision),
      ),
    )
    .returning();
  return row;
}

export interface TargetIdentity {
  code: string;
  area: string;
  nameVi: string;
  nameEn: string;
  measure: string;
  direction: string;
  sourceVi: string;
  clause: string;
  baselineYear: number | null;
  baselineValue: number | null;
}

export interface TargetYearRow {
  code: string;
  year: number;
  value: number;
  comparator: string;
  noteVi: string | null;
  noteEn: string | null;
  setByVersion: number;
}

/**
 * Makes the targets tables follow the plan's versions: each target as the newest issued
 * version words it (new codes added; a dropped target keeps its row for its actuals), and
 * the yearly values replaced by those in force for each year with the version that set them.
 */
export async function syncTargets(
  tx: Executor,
  tenantId: string,
  movementId: string,
  targets: TargetIdentity[],
  values: TargetYearRow[],
  newId: () => string,
): Promise<{ added: string[] }> {
  const existing = await tx
    .select({
      id: provinceTargets.id,
      code: provinceTargets.code,
      position: provinceTargets.position,
    })
    .from(provinceTargets)
    .where(and(eq(provinceTargets.tenantId, tenantId), eq(provinceTargets.movementId, movementId)));
  const idOf = new Map(existing.map((t) => [t.code, t.id]));
  const added: string[] = [];
  let position = existing.reduce((m, t) => Math.max(m, t.position), 0);
  for (const [i, t] of targets.entries()) {
    const fields = {
      area: t.area,
      nameVi: t.nameVi,
      nameEn: t.nameEn,
      measure: t.measure,
      direction: t.direction,
      sourceVi: t.sourceVi,
      clause: t.clause,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue === null ? null : String(t.baselineValue),
    };
    const id = idOf.get(t.code);
    if (id)
      await tx
        .update(provinceTargets)
        .set({ ...fields, position: i + 1 })
        .where(and(eq(provinceTargets.tenantId, tenantId), eq(provinceTargets.id, id)));
    else {
      const newTarget = newId();
      position += 1;
      await tx.insert(provinceTargets).values({
        id: newTarget,
        tenantId,
        movementId,
        code: t.code,
        position: Math.max(position, i + 1),
        ...fields,
      });
      idOf.set(t.code, newTarget);
      added.push(t.code);
    }
  }
  const ids = [...idOf.values()];
  if (ids.length)
    await tx
      .delete(provinceTargetValues)
      .where(
        and(
          eq(provinceTargetValues.tenantId, tenantId),
          inArray(provinceTargetValues.targetId, ids),
        ),
      );
  const rows = values.flatMap((v) => {
    const targetId = idOf.get(v.code);
    return targetId
      ? [
          {
            id: newId(),
            tenantId,
            targetId,
            year: v.year,
            value: String(v.value),
            comparator: v.comparator,
            noteVi: v.noteVi,
            noteEn: v.noteEn,
            setByVersion: v.setByVersion,
          },
        ]
      : [];
  });
  if (rows.length) await tx.insert(provinceTargetValues).values(rows);
  return { added };
}

/** Marks the seeded values as set by version 1 (the plan as first issued). */
export async function markValuesSetBy(
  tx: Executor,
  tenantId: string,
  movementId: string,
  number: number,
) {
  await tx
    .update(provinceTargetValues)
    .set({ setByVersion: number })
    .where(
      and(
        eq(provinceTargetValues.tenantId, tenantId),
        inArray(
          provinceTargetValues.targetId,
          tx
            .select({ id: provinceTargets.id })
            .from(provinceTargets)
            .where(
              and(
                eq(provinceTargets.tenantId, tenantId),
                eq(provinceTargets.movementId, movementId),
              ),
            ),
        ),
      ),
    );
}

/** Movements of the tenant with no plan version yet (to seed their version 1). */
export async function movementsWithoutVersions(db: Executor, tenantId: string) {
  return db
    .select()
    .from(movements)
    .where(
      and(
        eq(movements.tenantId, tenantId),
        sql`not exists (select 1 from plan_versions p where p.movement_id = ${movements.id})`,
      ),
    )
    .orderBy(desc(movements.startYear));
}

/** The tenant's movements, earliest first (the public list's order). */
export async function listMovementsOf(db: Executor, tenantId: string) {
  return db
    .select()
    .from(movements)
    .where(eq(movements.tenantId, tenantId))
    .orderBy(asc(movements.startYear), asc(movements.code));
}
