import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import {
  capitalPlans,
  communityContributions,
  disbursements,
  projectCommunes,
  projectMilestones,
  projects,
} from '../db/schema/index.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type PlanRow = typeof capitalPlans.$inferSelect;
export type DisbursementRow = typeof disbursements.$inferSelect;
export type MilestoneRow = typeof projectMilestones.$inferSelect;
export type ContributionRow = typeof communityContributions.$inferSelect;

/** Serialises writers of one tenant's money figures (plans, months, imports). */
export async function lockMoney(tx: Executor, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`projects:${tenantId}`}))`);
}

export async function listProjects(db: Executor, tenantId: string): Promise<ProjectRow[]> {
  return db
    .select()
    .from(projects)
    .where(eq(projects.tenantId, tenantId))
    .orderBy(asc(projects.code));
}

export async function findProject(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), eq(projects.id, id)));
  return row;
}

export async function findProjectByCode(db: Executor, tenantId: string, code: string) {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), eq(projects.code, code)));
  return row;
}

export async function insertProject(tx: Executor, row: typeof projects.$inferInsert) {
  const [created] = await tx.insert(projects).values(row).returning();
  return created!;
}

export async function updateProjectVersioned(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof projects.$inferInsert>,
): Promise<ProjectRow | undefined> {
  const [row] = await tx
    .update(projects)
    .set({ ...changes, version: sql`${projects.version} + 1` })
    .where(and(eq(projects.tenantId, tenantId), eq(projects.id, id), eq(projects.version, version)))
    .returning();
  return row;
}

export async function communesOf(
  db: Executor,
  tenantId: string,
  projectIds?: string[],
): Promise<{ projectId: string; communeUnitId: string }[]> {
  if (projectIds && projectIds.length === 0) return [];
  return db
    .select({ projectId: projectCommunes.projectId, communeUnitId: projectCommunes.communeUnitId })
    .from(projectCommunes)
    .where(
      and(
        eq(projectCommunes.tenantId, tenantId),
        projectIds ? inArray(projectCommunes.projectId, projectIds) : undefined,
      ),
    );
}

export async function replaceCommunes(
  tx: Executor,
  tenantId: string,
  projectId: string,
  communeUnitIds: string[],
): Promise<void> {
  await tx
    .delete(projectCommunes)
    .where(and(eq(projectCommunes.tenantId, tenantId), eq(projectCommunes.projectId, projectId)));
  if (communeUnitIds.length)
    await tx
      .insert(projectCommunes)
      .values(communeUnitIds.map((communeUnitId) => ({ tenantId, projectId, communeUnitId })));
}

/**
 * Units ended by `asOf` mapped to their successors by merger or split events effective on or
 * before it (one hop; the caller repeats for chains).
 */
export async function successorsOn(
  db: Executor,
  tenantId: string,
  unitIds: string[],
  asOf: string,
): Promise<Map<string, string[]>> {
  if (unitIds.length === 0) return new Map();
  const rows = await queryRows<{ pred: string; succ: string }>(
    db,
    sql`
    select p.unit_id as pred, s.unit_id as succ
      from unit_event_parties p
      join unit_events e on e.id = p.event_id
      join unit_event_parties s on s.event_id = p.event_id and s.role = 'successor'
      join units u on u.id = p.unit_id
     where p.tenant_id = ${tenantId} and p.role = 'predecessor'
       and e.effective_date <= ${asOf}::date
       and u.valid_to is not null and u.valid_to <= ${asOf}::date
       and p.unit_id in (${sql.join(
         unitIds.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})`,
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.pred, [...(out.get(r.pred) ?? []), r.succ]);
  return out;
}

/** Does each id name a unit of the tenant existing on `onDate`? */
export async function unitsExistingOn(
  db: Executor,
  tenantId: string,
  unitIds: string[],
  onDate: string,
): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    select u.id from units u
     where u.tenant_id = ${tenantId}
       and u.valid_from <= ${onDate}::date and (u.valid_to is null or u.valid_to > ${onDate}::date)
       and u.id in (${sql.join(
         unitIds.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})`,
  );
  return new Set(rows.map((r) => r.id));
}

export async function plansOf(db: Executor, tenantId: string, projectId?: string) {
  return db
    .select()
    .from(capitalPlans)
    .where(
      and(
        eq(capitalPlans.tenantId, tenantId),
        projectId ? eq(capitalPlans.projectId, projectId) : undefined,
      ),
    )
    .orderBy(asc(capitalPlans.year), asc(capitalPlans.fundingSource), asc(capitalPlans.revision));
}

export async function insertPlan(tx: Executor, row: typeof capitalPlans.$inferInsert) {
  const [created] = await tx.insert(capitalPlans).values(row).returning();
  return created!;
}

export async function monthsOf(db: Executor, tenantId: string, projectId?: string) {
  return db
    .select()
    .from(disbursements)
    .where(
      and(
        eq(disbursements.tenantId, tenantId),
        projectId ? eq(disbursements.projectId, projectId) : undefined,
      ),
    )
    .orderBy(asc(disbursements.year), asc(disbursements.month));
}

/** Sets a month's figure (insert or replace); returns the previous amount, if any. */
export async function upsertMonth(
  tx: Executor,
  row: Omit<typeof disbursements.$inferInsert, 'version'>,
): Promise<number | null> {
  const [before] = await tx
    .select({ amount: disbursements.amount })
    .from(disbursements)
    .where(
      and(
        eq(disbursements.tenantId, row.tenantId),
        eq(disbursements.projectId, row.projectId),
        eq(disbursements.year, row.year),
        eq(disbursements.month, row.month),
        eq(disbursements.fundingSource, row.fundingSource),
      ),
    );
  await tx
    .insert(disbursements)
    .values(row)
    .onConflictDoUpdate({
      target: [
        disbursements.tenantId,
        disbursements.projectId,
        disbursements.year,
        disbursements.month,
        disbursements.fundingSource,
      ],
      set: {
        amount: row.amount,
        origin: row.origin,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
        version: sql`${disbursements.version} + 1`,
      },
    });
  return before ? before.amount : null;
}

export async function milestonesOf(db: Executor, tenantId: string, projectId?: string) {
  return db
    .select()
    .from(projectMilestones)
    .where(
      and(
        eq(projectMilestones.tenantId, tenantId),
        projectId ? eq(projectMilestones.projectId, projectId) : undefined,
      ),
    )
    .orderBy(asc(projectMilestones.plannedOn));
}

export async function findMilestone(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(projectMilestones)
    .where(and(eq(projectMilestones.tenantId, tenantId), eq(projectMilestones.id, id)));
  return row;
}

export async function insertMilestone(tx: Executor, row: typeof projectMilestones.$inferInsert) {
  const [created] = await tx.insert(projectMilestones).values(row).returning();
  return created!;
}

export async function updateMilestoneVersioned(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof projectMilestones.$inferInsert>,
) {
  const [row] = await tx
    .update(projectMilestones)
    .set({ ...changes, version: sql`${projectMilestones.version} + 1` })
    .where(
      and(
        eq(projectMilestones.tenantId, tenantId),
        eq(projectMilestones.id, id),
        eq(projectMilestones.version, version),
      ),
    )
    .returning();
  return row;
}

export async function contributionsWhere(
  db: Executor,
  tenantId: string,
  filter: { projectId?: string; contributorId?: string; communeUnitId?: string } = {},
): Promise<ContributionRow[]> {
  return db
    .select()
    .from(communityContributions)
    .where(
      and(
        eq(communityContributions.tenantId, tenantId),
        filter.projectId ? eq(communityContributions.projectId, filter.projectId) : undefined,
        filter.contributorId
          ? eq(communityContributions.contributorId, filter.contributorId)
          : undefined,
        filter.communeUnitId
          ? eq(communityContributions.communeUnitId, filter.communeUnitId)
          : undefined,
      ),
    )
    .orderBy(asc(communityContributions.givenOn));
}

export async function insertContribution(
  tx: Executor,
  row: typeof communityContributions.$inferInsert,
) {
  const [created] = await tx.insert(communityContributions).values(row).returning();
  return created!;
}

/** Free-text contributions of the commendation history not yet migrated. */
export async function unmigratedLegacyContributions(db: Executor, tenantId: string) {
  return queryRows<{
    id: string;
    subject_kind: string;
    subject_id: string;
    data: { kind: string; date: string; project?: string; description?: string };
    created_by: string | null;
    created_at: Date | string;
    name: string | null;
    unit_id: string | null;
  }>(
    db,
    sql`
    select r.id, r.subject_kind, r.subject_id, r.data, r.created_by, r.created_at,
           coalesce(h.head_name, p.full_name) as name, coalesce(h.unit_id, p.unit_id) as unit_id
      from commendation_records r
      left join households h on r.subject_kind = 'household' and h.id = r.subject_id
      left join people p on r.subject_kind = 'individual' and p.id = r.subject_id
     where r.tenant_id = ${tenantId} and r.type = 'contribution'
       and not exists (select 1 from community_contributions c
                        where c.tenant_id = r.tenant_id and c.legacy_record_id = r.id)`,
  );
}

export async function tenantCode(db: Executor, tenantId: string): Promise<string> {
  const rows = await queryRows<{ code: string }>(
    db,
    sql`select code from tenants where id = ${tenantId}`,
  );
  return rows[0]?.code ?? 'unknown';
}
