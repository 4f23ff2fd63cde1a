import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import {
  criteriaVersions,
  participantCategories,
  publishedResults,
  scoreObjections,
  scoreObjectionWindows,
  scorePublications,
  unitScores,
  users,
} from '../db/schema/index.ts';

export type ScoreRow = typeof unitScores.$inferSelect;
export type ScoreInsert = typeof unitScores.$inferInsert;
export type PublicationRow = typeof scorePublications.$inferSelect & { publishedByName: string };
export type PublishedRow = typeof publishedResults.$inferSelect;
export type ObjectionRow = typeof scoreObjections.$inferSelect;
export type WindowRow = typeof scoreObjectionWindows.$inferSelect;

/** An accepted yearly report as the scoring needs it (content is loaded per version). */
export interface ScoringInput {
  reportId: string;
  periodId: string;
  unitId: string;
  unitKind: string;
  year: number;
  criteriaSetId: string;
  criteriaVersion: number;
  versionId: string;
  categoryId: string | null;
  answers: Record<string, unknown>;
  firstSubmittedAt: Date | null;
}

interface InputSqlRow {
  report_id: string;
  period_id: string;
  unit_id: string;
  unit_kind: string;
  year: number;
  criteria_set_id: string;
  criteria_version: number;
  version_id: string;
  category_id: string | null;
  answers: Record<string, unknown> | string;
  first_submitted_at: Date | string | null;
}

/**
 * One batch of the accepted yearly reports of a year (keyset by report id, `after` exclusive),
 * or just `reportId`'s when given (accepted or not: the caller checks the status).
 */
export async function acceptedInputs(
  db: Executor,
  tenantId: string,
  filter: { year: number; after?: string; limit?: number } | { reportId: string },
): Promise<ScoringInput[]> {
  const where =
    'reportId' in filter
      ? sql`r.id = ${filter.reportId}::uuid`
      : sql`p.year = ${filter.year} and p.kind = 'year' and r.status = 'accepted'
            ${filter.after ? sql`and r.id > ${filter.after}::uuid` : sql``}`;
  const rows = await queryRows<InputSqlRow>(
    db,
    sql`
    select r.id as report_id, r.period_id, r.unit_id, u.kind as unit_kind, p.year,
           r.criteria_set_id, r.criteria_version, cv.id as version_id, cs.category_id,
           r.answers,
           (select min(s.submitted_at) from report_submissions s where s.report_id = r.id)
             as first_submitted_at
      from reports r
      join report_periods p on p.id = r.period_id
      join units u on u.id = r.unit_id
      join criteria_sets cs on cs.id = r.criteria_set_id
      join criteria_versions cv on cv.set_id = r.criteria_set_id and cv.number = r.criteria_version
     where r.tenant_id = ${tenantId} and ${where}
       ${'reportId' in filter ? sql`` : sql`and r.status = 'accepted'`}
     order by r.id
     ${'reportId' in filter ? sql`` : sql`limit ${filter.limit ?? 2000}`}`,
  );
  return rows.map((r) => ({
    reportId: r.report_id,
    periodId: r.period_id,
    unitId: r.unit_id,
    unitKind: r.unit_kind,
    year: Number(r.year),
    criteriaSetId: r.criteria_set_id,
    criteriaVersion: Number(r.criteria_version),
    versionId: r.version_id,
    categoryId: r.category_id,
    answers: typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers,
    firstSubmittedAt: r.first_submitted_at ? new Date(r.first_submitted_at) : null,
  }));
}

/** The status and period of a report (for the incremental recompute on review). */
export async function reportState(
  db: Executor,
  tenantId: string,
  reportId: string,
): Promise<{ status: string; year: number; kind: string } | undefined> {
  const [row] = await queryRows<{ status: string; year: number; kind: string }>(
    db,
    sql`select r.status, p.year, p.kind from reports r join report_periods p on p.id = r.period_id
         where r.tenant_id = ${tenantId} and r.id = ${reportId}::uuid`,
  );
  return row ? { ...row, year: Number(row.year) } : undefined;
}

/** Contents of criteria versions by id. */
export async function versionContents(
  db: Executor,
  tenantId: string,
  ids: string[],
): Promise<Map<string, unknown>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: criteriaVersions.id, content: criteriaVersions.content })
    .from(criteriaVersions)
    .where(and(eq(criteriaVersions.tenantId, tenantId), inArray(criteriaVersions.id, ids)));
  return new Map(rows.map((r) => [r.id, r.content]));
}

/** Stored input hashes of the given reports. */
export async function hashesOf(
  db: Executor,
  tenantId: string,
  reportIds: string[],
): Promise<Map<string, string>> {
  if (!reportIds.length) return new Map();
  const rows = await db
    .select({ reportId: unitScores.reportId, inputHash: unitScores.inputHash })
    .from(unitScores)
    .where(and(eq(unitScores.tenantId, tenantId), inArray(unitScores.reportId, reportIds)));
  return new Map(rows.map((r) => [r.reportId, r.inputHash]));
}

/** Writes scores in one statement (insert or replace by report). */
export async function upsertScores(db: Executor, rows: ScoreInsert[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insert(unitScores)
    .values(rows)
    .onConflictDoUpdate({
      target: unitScores.reportId,
      set: {
        periodId: sql`excluded.period_id`,
        unitId: sql`excluded.unit_id`,
        year: sql`excluded.year`,
        criteriaSetId: sql`excluded.criteria_set_id`,
        criteriaVersion: sql`excluded.criteria_version`,
        categoryId: sql`excluded.category_id`,
        inputHash: sql`excluded.input_hash`,
        total: sql`excluded.total`,
        maxTotal: sql`excluded.max_total`,
        bandCode: sql`excluded.band_code`,
        criteriaAtMax: sql`excluded.criteria_at_max`,
        penaltyEvents: sql`excluded.penalty_events`,
        firstSubmittedAt: sql`excluded.first_submitted_at`,
        explanation: sql`excluded.explanation`,
        computedAt: sql`excluded.computed_at`,
      },
    });
}

/** Drops the scores of a year's reports that are no longer accepted (or one report's). */
export async function deleteStale(
  db: Executor,
  tenantId: string,
  filter: { year: number } | { reportId: string },
): Promise<number> {
  const rows = await queryRows<{ report_id: string }>(
    db,
    'reportId' in filter
      ? sql`delete from unit_scores where tenant_id = ${tenantId} and report_id = ${filter.reportId}::uuid
            returning report_id`
      : sql`delete from unit_scores us
             where us.tenant_id = ${tenantId} and us.year = ${filter.year}
               and not exists (select 1 from reports r
                                where r.id = us.report_id and r.status = 'accepted')
            returning report_id`,
  );
  return rows.length;
}

/** Score rows of a year without their explanations (rankings), optionally of some units. */
export async function scoresOfYear(
  db: Executor,
  tenantId: string,
  year: number,
  unitIds?: string[],
): Promise<(Omit<ScoreRow, 'explanation'> & { bandName: string | null })[]> {
  return db
    .select({
      tenantId: unitScores.tenantId,
      reportId: unitScores.reportId,
      periodId: unitScores.periodId,
      unitId: unitScores.unitId,
      year: unitScores.year,
      criteriaSetId: unitScores.criteriaSetId,
      criteriaVersion: unitScores.criteriaVersion,
      categoryId: unitScores.categoryId,
      inputHash: unitScores.inputHash,
      total: unitScores.total,
      maxTotal: unitScores.maxTotal,
      bandCode: unitScores.bandCode,
      bandName: sql<string | null>`${unitScores.explanation}->'band'->'name'->>'vi'`,
      criteriaAtMax: unitScores.criteriaAtMax,
      penaltyEvents: unitScores.penaltyEvents,
      firstSubmittedAt: unitScores.firstSubmittedAt,
      computedAt: unitScores.computedAt,
    })
    .from(unitScores)
    .where(
      and(
        eq(unitScores.tenantId, tenantId),
        eq(unitScores.year, year),
        unitIds ? inArray(unitScores.unitId, unitIds) : undefined,
      ),
    )
    .orderBy(asc(unitScores.unitId));
}

/** One unit's score rows of a year, with explanations. */
export async function unitScoreOf(
  db: Executor,
  tenantId: string,
  unitId: string,
  year: number,
): Promise<ScoreRow | undefined> {
  const [row] = await db
    .select()
    .from(unitScores)
    .where(
      and(eq(unitScores.tenantId, tenantId), eq(unitScores.unitId, unitId), eq(unitScores.year, year)),
    )
    .orderBy(desc(unitScores.computedAt))
    .limit(1);
  return row;
}

/** Participant category names by id. */
export async function categoryNames(
  db: Executor,
  tenantId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: participantCategories.id, name: participantCategories.nameVi })
    .from(participantCategories)
    .where(eq(participantCategories.tenantId, tenantId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function publicationsOf(
  db: Executor,
  tenantId: string,
  year: number,
): Promise<PublicationRow[]> {
  const rows = await db
    .select({ p: scorePublications, name: users.fullName })
    .from(scorePublications)
    .innerJoin(users, eq(users.id, scorePublications.publishedBy))
    .where(and(eq(scorePublications.tenantId, tenantId), eq(scorePublications.year, year)))
    .orderBy(desc(scorePublications.revision));
  return rows.map((r) => ({ ...r.p, publishedByName: r.name }));
}

export async function insertPublication(
  db: Executor,
  row: typeof scorePublications.$inferInsert,
  results: (typeof publishedResults.$inferInsert)[],
): Promise<void> {
  await db.insert(scorePublications).values(row);
  for (let i = 0; i < results.length; i += 1000)
    await db.insert(publishedResults).values(results.slice(i, i + 1000));
}

export async function publishedRowsOf(
  db: Executor,
  tenantId: string,
  publicationId: string,
): Promise<PublishedRow[]> {
  return db
    .select()
    .from(publishedResults)
    .where(
      and(eq(publishedResults.tenantId, tenantId), eq(publishedResults.publicationId, publicationId)),
    )
    .orderBy(asc(publishedResults.scopeKind), asc(publishedResults.scopeName), asc(publishedResults.rank));
}

export async function windowOf(
  db: Executor,
  tenantId: string,
  year: number,
): Promise<WindowRow | undefined> {
  const [row] = await db
    .select()
    .from(scoreObjectionWindows)
    .where(and(eq(scoreObjectionWindows.tenantId, tenantId), eq(scoreObjectionWindows.year, year)));
  return row;
}

export async function putWindow(db: Executor, row: WindowRow): Promise<void> {
  await db
    .insert(scoreObjectionWindows)
    .values(row)
    .onConflictDoUpdate({
      target: [scoreObjectionWindows.tenantId, scoreObjectionWindows.year],
      set: { opensOn: row.opensOn, closesOn: row.closesOn },
    });
}

export async function insertObjection(db: Executor, row: ObjectionRow): Promise<void> {
  await db.insert(scoreObjections).values(row);
}

export async function objectionsOf(
  db: Executor,
  tenantId: string,
  year: number,
  unitId?: string,
): Promise<(ObjectionRow & { byName: string })[]> {
  const rows = await db
    .select({ o: scoreObjections, name: users.fullName })
    .from(scoreObjections)
    .innerJoin(users, eq(users.id, scoreObjections.by))
    .where(
      and(
        eq(scoreObjections.tenantId, tenantId),
        eq(scoreObjections.year, year),
        unitId ? eq(scoreObjections.unitId, unitId) : undefined,
        gt(scoreObjections.at, new Date(0)),
      ),
    )
    .orderBy(asc(scoreObjections.at));
  return rows.map((r) => ({ ...r.o, byName: r.name }));
}

/**
 * The published block leads of some units: per year, the newest revision's rows where the
 * unit led its block (the evidence "dẫn đầu cụm, khối thi đua" for commendation eligibility).
 */
export async function publishedLeadsOf(
  db: Executor,
  tenantId: string,
  unitIds: string[],
): Promise<{ unitId: string; year: number; revision: number; blockName: string }[]> {
  if (!unitIds.length) return [];
  const rows = await queryRows<{ unit_id: string; year: number; revision: number; scope_name: string }>(
    db,
    sql`select pr.unit_id, p.year, p.revision, pr.scope_name
          from published_results pr
          join score_publications p on p.id = pr.publication_id
         where pr.tenant_id = ${tenantId} and pr.scope_kind = 'block' and pr.leader
           and pr.unit_id in (${sql.join(
             unitIds.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})
           and p.revision = (select max(q.revision) from score_publications q
                              where q.tenant_id = p.tenant_id and q.year = p.year)`,
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    year: Number(r.year),
    revision: Number(r.revision),
    blockName: r.scope_name,
  }));
}
