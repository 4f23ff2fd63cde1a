import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  criteriaSets,
  criteriaVersions,
  movements,
  participantCategories,
  sectors,
} from '../db/schema/index.ts';

export type CriteriaSetRow = typeof criteriaSets.$inferSelect;
export type CriteriaVersionRow = typeof criteriaVersions.$inferSelect;

/** A set with what identifies its owner: category or sector (with the plan's lead unit). */
export interface CriteriaSetInfo extends CriteriaSetRow {
  movementCode: string;
  categoryCode: string | null;
  sectorCode: string | null;
  sectorLeadUnitId: string | null;
}

const setColumns = {
  set: criteriaSets,
  movementCode: movements.code,
  categoryCode: participantCategories.code,
  sectorCode: sectors.code,
  sectorLeadUnitId: sectors.leadUnitId,
};

function setQuery(db: Executor) {
  return db
    .select(setColumns)
    .from(criteriaSets)
    .innerJoin(movements, eq(movements.id, criteriaSets.movementId))
    .leftJoin(participantCategories, eq(participantCategories.id, criteriaSets.categoryId))
    .leftJoin(sectors, eq(sectors.id, criteriaSets.sectorId));
}

type SetRowOut = Awaited<ReturnType<ReturnType<typeof setQuery>['execute']>>[number];
const toInfo = (r: SetRowOut): CriteriaSetInfo => ({
  ...r.set,
  movementCode: r.movementCode,
  categoryCode: r.categoryCode,
  sectorCode: r.sectorCode,
  sectorLeadUnitId: r.sectorLeadUnitId,
});

export interface SetFilter {
  movement?: string | undefined;
  sector?: string | undefined;
  category?: string | undefined;
}

/**
 * The tenant's sets that have a version the actor may read: every version when it reads
 * drafts, otherwise only sets with a published or superseded version.
 */
export async function listSets(
  db: Executor,
  tenantId: string,
  filter: SetFilter,
  withDrafts: boolean,
): Promise<CriteriaSetInfo[]> {
  const visible = withDrafts
    ? undefined
    : sql`exists (select 1 from ${criteriaVersions} v where v.set_id = ${criteriaSets.id} and v.status <> 'draft')`;
  const rows = await setQuery(db)
    .where(
      and(
        eq(criteriaSets.tenantId, tenantId),
        filter.movement ? eq(movements.code, filter.movement) : undefined,
        filter.sector ? eq(sectors.code, filter.sector) : undefined,
        filter.category ? eq(participantCategories.code, filter.category) : undefined,
        visible,
      ),
    )
    .orderBy(
      asc(movements.startYear),
      asc(sql`coalesce(${participantCategories.position}, 100 + ${sectors.position})`),
    );
  return rows.map(toInfo);
}

export async function findSet(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<CriteriaSetInfo | undefined> {
  const [row] = await setQuery(db).where(
    and(eq(criteriaSets.tenantId, tenantId), eq(criteriaSets.id, id)),
  );
  return row ? toInfo(row) : undefined;
}

export async function findSetByCode(
  db: Executor,
  tenantId: string,
  movementId: string,
  code: string,
): Promise<CriteriaSetRow | undefined> {
  const [row] = await db
    .select()
    .from(criteriaSets)
    .where(
      and(
        eq(criteriaSets.tenantId, tenantId),
        eq(criteriaSets.movementId, movementId),
        eq(criteriaSets.code, code),
      ),
    );
  return row;
}

/** Versions of the given sets, newest first; without content unless asked. */
export async function versionsOf(
  db: Executor,
  tenantId: string,
  setIds: string[],
  withDrafts = true,
): Promise<CriteriaVersionRow[]> {
  if (!setIds.length) return [];
  return db
    .select()
    .from(criteriaVersions)
    .where(
      and(
        eq(criteriaVersions.tenantId, tenantId),
        inArray(criteriaVersions.setId, setIds),
        withDrafts ? undefined : ne(criteriaVersions.status, 'draft'),
      ),
    )
    .orderBy(asc(criteriaVersions.setId), desc(criteriaVersions.number));
}

export async function findVersion(
  db: Executor,
  tenantId: string,
  setId: string,
  number: number,
  forUpdate = false,
): Promise<CriteriaVersionRow | undefined> {
  const query = db
    .select()
    .from(criteriaVersions)
    .where(
      and(
        eq(criteriaVersions.tenantId, tenantId),
        eq(criteriaVersions.setId, setId),
        eq(criteriaVersions.number, number),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertSet(db: Executor, row: typeof criteriaSets.$inferInsert) {
  const [out] = await db.insert(criteriaSets).values(row).returning();
  return out!;
}

export async function insertVersion(db: Executor, row: typeof criteriaVersions.$inferInsert) {
  const [out] = await db.insert(criteriaVersions).values(row).returning();
  return out!;
}

/** Writes a draft's content only if it is still a draft at `revision`; undefined when stale. */
export async function updateDraft(
  db: Executor,
  tenantId: string,
  id: string,
  revision: number,
  changes: Partial<typeof criteriaVersions.$inferInsert>,
): Promise<CriteriaVersionRow | undefined> {
  const [row] = await db
    .update(criteriaVersions)
    .set({ ...changes, revision: revision + 1 })
    .where(
      and(
        eq(criteriaVersions.tenantId, tenantId),
        eq(criteriaVersions.id, id),
        eq(criteriaVersions.revision, revision),
        eq(criteriaVersions.status, 'draft'),
      ),
    )
    .returning();
  return row;
}

/** Moves a version from one status to the next; undefined if it was not in `from`. */
export async function setStatus(
  db: Executor,
  tenantId: string,
  id: string,
  from: string,
  changes: Partial<typeof criteriaVersions.$inferInsert> & { status: string },
): Promise<CriteriaVersionRow | undefined> {
  const [row] = await db
    .update(criteriaVersions)
    .set({ ...changes, revision: sql`${criteriaVersions.revision} + 1` })
    .where(
      and(
        eq(criteriaVersions.tenantId, tenantId),
        eq(criteriaVersions.id, id),
        eq(criteriaVersions.status, from),
      ),
    )
    .returning();
  return row;
}
