import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  movements,
  provinceTargets,
  provinceTargetValues,
  targetActuals,
  targetAssignments,
  users,
} from '../db/schema/index.ts';

export type TargetRow = typeof provinceTargets.$inferSelect & {
  movementCode: string;
  startYear: number;
  endYear: number;
};
export type TargetValueRow = typeof provinceTargetValues.$inferSelect;
export type ActualRow = typeof targetActuals.$inferSelect & { enteredByName: string | null };
export type AssignmentRow = typeof targetAssignments.$inferSelect;

const targetColumns = {
  target: provinceTargets,
  movementCode: movements.code,
  startYear: movements.startYear,
  endYear: movements.endYear,
};

const toTarget = (r: {
  target: typeof provinceTargets.$inferSelect;
  movementCode: string;
  startYear: number;
  endYear: number;
}): TargetRow => ({
  ...r.target,
  movementCode: r.movementCode,
  startYear: r.startYear,
  endYear: r.endYear,
});

/** Targets of the tenant, latest movement first. */
export async function listTargets(db: Executor, tenantId: string): Promise<TargetRow[]> {
  const rows = await db
    .select(targetColumns)
    .from(provinceTargets)
    .innerJoin(movements, eq(movements.id, provinceTargets.movementId))
    .where(eq(provinceTargets.tenantId, tenantId))
    .orderBy(desc(movements.startYear), asc(movements.code), asc(provinceTargets.position));
  return rows.map(toTarget);
}

/** A target by code; when two movements share a code the latest movement's wins. */
export async function findTargetByCode(
  db: Executor,
  tenantId: string,
  code: string,
): Promise<TargetRow | undefined> {
  const [row] = await db
    .select(targetColumns)
    .from(provinceTargets)
    .innerJoin(movements, eq(movements.id, provinceTargets.movementId))
    .where(and(eq(provinceTargets.tenantId, tenantId), eq(provinceTargets.code, code)))
    .orderBy(desc(movements.startYear))
    .limit(1);
  return row ? toTarget(row) : undefined;
}

export async function valuesOf(
  db: Executor,
  tenantId: string,
  targetIds: string[],
): Promise<TargetValueRow[]> {
  if (!targetIds.length) return [];
  return db
    .select()
    .from(provinceTargetValues)
    .where(
      and(
        eq(provinceTargetValues.tenantId, tenantId),
        inArray(provinceTargetValues.targetId, targetIds),
      ),
    )
    .orderBy(asc(provinceTargetValues.year));
}

/** Actuals of the targets; province-wide only unless `withUnits`. */
export async function actualsOf(
  db: Executor,
  tenantId: string,
  targetIds: string[],
  withUnits = false,
): Promise<ActualRow[]> {
  if (!targetIds.length) return [];
  const rows = await db
    .select({ actual: targetActuals, enteredByName: users.fullName })
    .from(targetActuals)
    .leftJoin(users, eq(users.id, targetActuals.enteredBy))
    .where(
      and(
        eq(targetActuals.tenantId, tenantId),
        inArray(targetActuals.targetId, targetIds),
        withUnits ? undefined : isNull(targetActuals.unitId),
      ),
    )
    .orderBy(asc(targetActuals.year));
  return rows.map((r) => ({ ...r.actual, enteredByName: r.enteredByName }));
}

export async function findActual(
  db: Executor,
  tenantId: string,
  targetId: string,
  unitId: string | null,
  year: number,
): Promise<typeof targetActuals.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(targetActuals)
    .where(
      and(
        eq(targetActuals.tenantId, tenantId),
        eq(targetActuals.targetId, targetId),
        unitId ? eq(targetActuals.unitId, unitId) : isNull(targetActuals.unitId),
        eq(targetActuals.year, year),
      ),
    );
  return row;
}

export async function insertActual(db: Executor, values: typeof targetActuals.$inferInsert) {
  const [row] = await db.insert(targetActuals).values(values).returning();
  return row!;
}

/** Updates only when the stored version is `expectedVersion`; undefined means stale. */
export async function updateActualVersioned(
  db: Executor,
  tenantId: string,
  id: string,
  expectedVersion: number,
  changes: Pick<
    typeof targetActuals.$inferInsert,
    'value' | 'source' | 'evidence' | 'enteredBy' | 'enteredAt'
  >,
) {
  const [row] = await db
    .update(targetActuals)
    .set({ ...changes, version: sql`${targetActuals.version} + 1` })
    .where(
      and(
        eq(targetActuals.tenantId, tenantId),
        eq(targetActuals.id, id),
        eq(targetActuals.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function assignmentsOf(
  db: Executor,
  tenantId: string,
  targetId: string,
): Promise<AssignmentRow[]> {
  return db
    .select()
    .from(targetAssignments)
    .where(and(eq(targetAssignments.tenantId, tenantId), eq(targetAssignments.targetId, targetId)))
    .orderBy(asc(targetAssignments.year), asc(targetAssignments.unitId));
}

export async function findAssignment(
  db: Executor,
  tenantId: string,
  targetId: string,
  unitId: string,
  year: number,
): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .select()
    .from(targetAssignments)
    .where(
      and(
        eq(targetAssignments.tenantId, tenantId),
        eq(targetAssignments.targetId, targetId),
        eq(targetAssignments.unitId, unitId),
        eq(targetAssignments.year, year),
      ),
    );
  return row;
}

export async function insertAssignment(
  db: Executor,
  values: typeof targetAssignments.$inferInsert,
): Promise<AssignmentRow | undefined> {
  // A concurrent insert of the same (unit, year) returns nothing: the caller answers 409.
  const [row] = await db.insert(targetAssignments).values(values).onConflictDoNothing().returning();
  return row;
}

/** Updates only when the stored version is `expectedVersion`; undefined means stale. */
export async function updateAssignment(
  db: Executor,
  tenantId: string,
  id: string,
  expectedVersion: number,
  changes: Pick<
    typeof targetAssignments.$inferInsert,
    'value' | 'comparator' | 'assignedBy' | 'assignedAt'
  >,
): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .update(targetAssignments)
    .set({ ...changes, version: sql`${targetAssignments.version} + 1` })
    .where(
      and(
        eq(targetAssignments.tenantId, tenantId),
        eq(targetAssignments.id, id),
        eq(targetAssignments.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}
