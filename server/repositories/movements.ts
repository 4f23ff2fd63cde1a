import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import {
  movementMilestones,
  movementPhases,
  movements,
  movementSections,
  participantCategories,
  planCriteria,
  provinceTargets,
  provinceTargetValues,
  sectors,
} from '../db/schema/index.ts';

export type MovementRow = typeof movements.$inferSelect;

export async function listMovements(db: Executor, tenantId: string): Promise<MovementRow[]> {
  return db
    .select()
    .from(movements)
    .where(eq(movements.tenantId, tenantId))
    .orderBy(asc(movements.startYear), asc(movements.code));
}

export async function findMovementByCode(
  db: Executor,
  tenantId: string,
  code: string,
): Promise<MovementRow | undefined> {
  const [row] = await db
    .select()
    .from(movements)
    .where(and(eq(movements.tenantId, tenantId), eq(movements.code, code)));
  return row;
}

export async function phasesOf(db: Executor, tenantId: string, movementIds: string[]) {
  if (!movementIds.length) return { phases: [], milestones: [] };
  const phases = await db
    .select()
    .from(movementPhases)
    .where(
      and(eq(movementPhases.tenantId, tenantId), inArray(movementPhases.movementId, movementIds)),
    )
    .orderBy(asc(movementPhases.position));
  const milestones = phases.length
    ? await db
        .select()
        .from(movementMilestones)
        .where(
          and(
            eq(movementMilestones.tenantId, tenantId),
            inArray(
              movementMilestones.phaseId,
              phases.map((p) => p.id),
            ),
          ),
        )
        .orderBy(asc(movementMilestones.position))
    : [];
  return { phases, milestones };
}

export async function sectionsOf(
  db: Executor,
  tenantId: string,
  movementIds: string[],
  kinds?: string[],
) {
  if (!movementIds.length) return [];
  return db
    .select()
    .from(movementSections)
    .where(
      and(
        eq(movementSections.tenantId, tenantId),
        inArray(movementSections.movementId, movementIds),
        kinds ? inArray(movementSections.kind, kinds) : undefined,
      ),
    )
    .orderBy(asc(movementSections.position));
}

export async function targetsOf(db: Executor, tenantId: string, movementIds: string[]) {
  if (!movementIds.length) return { targets: [], values: [] };
  const targets = await db
    .select()
    .from(provinceTargets)
    .where(
      and(eq(provinceTargets.tenantId, tenantId), inArray(provinceTargets.movementId, movementIds)),
    )
    .orderBy(asc(provinceTargets.position));
  const values = targets.length
    ? await db
        .select()
        .from(provinceTargetValues)
        .where(
          and(
            eq(provinceTargetValues.tenantId, tenantId),
            inArray(
              provinceTargetValues.targetId,
              targets.map((t) => t.id),
            ),
          ),
        )
        .orderBy(asc(provinceTargetValues.year))
    : [];
  return { targets, values };
}

export async function categoriesOf(db: Executor, tenantId: string, movementId: string) {
  const categories = await db
    .select()
    .from(participantCategories)
    .where(
      and(
        eq(participantCategories.tenantId, tenantId),
        eq(participantCategories.movementId, movementId),
      ),
    )
    .orderBy(asc(participantCategories.position));
  const criteria = categories.length
    ? await db
        .select()
        .from(planCriteria)
        .where(
          and(
            eq(planCriteria.tenantId, tenantId),
            inArray(
              planCriteria.categoryId,
              categories.map((c) => c.id),
            ),
          ),
        )
        .orderBy(asc(planCriteria.position))
    : [];
  return { categories, criteria };
}

export async function sectorsOf(db: Executor, tenantId: string, movementId: string) {
  return db
    .select()
    .from(sectors)
    .where(and(eq(sectors.tenantId, tenantId), eq(sectors.movementId, movementId)))
    .orderBy(asc(sectors.position));
}

/**
 * For each unit, the body that carries its duties on `onDate`: itself while it exists,
 * otherwise the successor (followed through later events) that exists then, preferring
 * successors that took the whole unit over those that took only a share.
 */
export async function currentBodies(
  db: Executor,
  tenantId: string,
  unitIds: string[],
  onDate: string,
): Promise<Map<string, string>> {
  if (!unitIds.length) return new Map();
  const rows = await queryRows<{ origin: string; unit_id: string }>(
    db,
    sql`
    with recursive chain(origin, unit_id, whole, depth) as (
      select u.id, u.id, true, 0 from units u where u.tenant_id = ${tenantId} and u.id in (${sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      union
      select c.origin, s.unit_id, c.whole and s.share is null, c.depth + 1
        from chain c
        join unit_event_parties p on p.unit_id = c.unit_id and p.role = 'predecessor' and p.tenant_id = ${tenantId}
        join unit_event_parties s on s.event_id = p.event_id and s.role = 'successor' and s.unit_id <> c.unit_id
       where c.depth < 10
    )
    select distinct on (c.origin) c.origin, c.unit_id
      from chain c join units u on u.id = c.unit_id and u.tenant_id = ${tenantId}
     where u.valid_from <= ${onDate}::date and (u.valid_to is null or u.valid_to > ${onDate}::date)
     order by c.origin, c.whole desc, c.depth`,
  );
  return new Map(rows.map((r) => [r.origin, r.unit_id]));
}
