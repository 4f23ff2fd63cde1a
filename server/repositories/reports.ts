import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { PeriodKind } from '../../shared/contracts/report-periods.ts';
import type { Executor } from '../db/client.ts';
import {
  evidenceFiles,
  movements,
  reportPeriods,
  reportReviews,
  reports,
  reportSubmissions,
  users,
} from '../db/schema/index.ts';
import { scopedToUser, type ListScope } from './scope.ts';

/** A period with its movement's code, title and years. */
export type ReportPeriodRow = typeof reportPeriods.$inferSelect & {
  movementCode: string;
  movementTitle: string;
  /** Who signed the plan of the movement (the default signer of its reports). */
  signerName: string | null;
  startYear: number;
  endYear: number;
};
export type ReportRow = typeof reports.$inferSelect;
export type ReviewRow = typeof reportReviews.$inferSelect & { byName: string };
export type EvidenceRow = typeof evidenceFiles.$inferSelect;

const periodQuery = (db: Executor) =>
  db
    .select({
      period: reportPeriods,
      movementCode: movements.code,
      movementTitle: movements.titleVi,
      signerName: movements.signerName,
      startYear: movements.startYear,
      endYear: movements.endYear,
    })
    .from(reportPeriods)
    .innerJoin(movements, eq(movements.id, reportPeriods.movementId));
const toPeriod = (r: Awaited<ReturnType<typeof periodQuery>>[number]): ReportPeriodRow => ({
  ...r.period,
  movementCode: r.movementCode,
  movementTitle: r.movementTitle,
  signerName: r.signerName,
  startYear: r.startYear,
  endYear: r.endYear,
});

export async function listPeriods(db: Executor, tenantId: string, year?: number) {
  const rows = await periodQuery(db)
    .where(
      and(
        eq(reportPeriods.tenantId, tenantId),
        year === undefined ? undefined : eq(reportPeriods.year, year),
      ),
    )
    .orderBy(desc(reportPeriods.year), asc(reportPeriods.half), asc(movements.code));
  return rows.map(toPeriod);
}

export async function findPeriod(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<ReportPeriodRow | undefined> {
  const [row] = await periodQuery(db).where(
    and(eq(reportPeriods.tenantId, tenantId), eq(reportPeriods.id, id)),
  );
  return row && toPeriod(row);
}

/** The period of a movement, year and half (0 for the year), if opened already. */
export async function findPeriodByKey(
  db: Executor,
  tenantId: string,
  key: { movementId: string; year: number; kind: PeriodKind; half: number },
) {
  const [row] = await db
    .select({ id: reportPeriods.id })
    .from(reportPeriods)
    .where(
      and(
        eq(reportPeriods.tenantId, tenantId),
        eq(reportPeriods.movementId, key.movementId),
        eq(reportPeriods.year, key.year),
        eq(reportPeriods.kind, key.kind),
        eq(reportPeriods.half, key.half),
      ),
    );
  return row;
}

export async function insertPeriod(db: Executor, row: typeof reportPeriods.$inferInsert) {
  const [out] = await db.insert(reportPeriods).values(row).returning();
  return out!;
}

/** Writes the dates only if the period is still at `version`; undefined when stale. */
export async function updatePeriodVersioned(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof reportPeriods.$inferInsert>,
) {
  const [out] = await db
    .update(reportPeriods)
    .set({ ...changes, version: sql`${reportPeriods.version} + 1` })
    .where(
      and(
        eq(reportPeriods.tenantId, tenantId),
        eq(reportPeriods.id, id),
        eq(reportPeriods.version, version),
      ),
    )
    .returning();
  return out;
}

export async function findReport(
  db: Executor,
  tenantId: string,
  periodId: string,
  unitId: string,
  forUpdate = false,
): Promise<ReportRow | undefined> {
  const query = db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.tenantId, tenantId),
        eq(reports.periodId, periodId),
        eq(reports.unitId, unitId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findReportById(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id)));
  return row;
}

/** Every report of a period, or those of the given units. */
export async function listReports(
  db: Executor,
  tenantId: string,
  periodId: string,
  unitIds?: readonly string[],
): Promise<ReportRow[]> {
  if (unitIds && unitIds.length === 0) return [];
  return db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.tenantId, tenantId),
        eq(reports.periodId, periodId),
        unitIds ? inArray(reports.unitId, [...unitIds]) : undefined,
      ),
    );
}

/**
 * A period's reports in a scope: all, or those of `unitIds` (the scoped units of the list)
 * and of the units the scope's grants cover — which takes in the reports of the units merged
 * into them, standing for them on the board (ADR 0003).
 */
export async function listReportsInScope(
  db: Executor,
  tenantId: string,
  periodId: string,
  scope: ListScope,
  unitIds: readonly string[],
): Promise<ReportRow[]> {
  if (scope.all) return listReports(db, tenantId, periodId);
  const covered = scopedToUser(
    sql`${reports.unitId}`,
    scope.userId,
    tenantId,
    scope.today,
    scope.roles,
  );
  return db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.tenantId, tenantId),
        eq(reports.periodId, periodId),
        unitIds.length ? or(inArray(reports.unitId, [...unitIds]), covered) : covered,
      ),
    );
}

export async function insertReport(db: Executor, row: typeof reports.$inferInsert) {
  const [out] = await db.insert(reports).values(row).returning();
  return out!;
}

/** Inserts the unit's report unless another request just did; undefined then (the caller answers 409). */
export async function insertReportIfAbsent(db: Executor, row: typeof reports.$inferInsert) {
  const [out] = await db.insert(reports).values(row).onConflictDoNothing().returning();
  return out;
}

/** Every write bumps the version (the optimistic lock). */
export async function updateReport(
  db: Executor,
  tenantId: string,
  id: string,
  changes: Partial<typeof reports.$inferInsert>,
) {
  const [out] = await db
    .update(reports)
    .set({ ...changes, version: sql`${reports.version} + 1` })
    .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id)))
    .returning();
  return out!;
}

export async function findSubmission(
  db: Executor,
  tenantId: string,
  reportId: string,
  idempotencyKey: string,
) {
  const [row] = await db
    .select()
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.tenantId, tenantId),
        eq(reportSubmissions.reportId, reportId),
        eq(reportSubmissions.idempotencyKey, idempotencyKey),
      ),
    );
  return row;
}

export async function insertSubmission(db: Executor, row: typeof reportSubmissions.$inferInsert) {
  const [out] = await db.insert(reportSubmissions).values(row).returning();
  return out!;
}

/** When each report was first sent in (a late first submission makes it late). */
export async function firstSubmissions(
  db: Executor,
  tenantId: string,
  reportIds: readonly string[],
): Promise<Map<string, Date>> {
  if (!reportIds.length) return new Map();
  const rows = await db
    .select({ reportId: reportSubmissions.reportId, at: reportSubmissions.submittedAt })
    .from(reportSubmissions)
    .where(
      and(
        eq(reportSubmissions.tenantId, tenantId),
        inArray(reportSubmissions.reportId, [...reportIds]),
        eq(reportSubmissions.number, 1),
      ),
    );
  return new Map(rows.map((r) => [r.reportId, r.at]));
}

export async function insertReview(db: Executor, row: typeof reportReviews.$inferInsert) {
  const [out] = await db.insert(reportReviews).values(row).returning();
  return out!;
}

export async function reviewsOf(
  db: Executor,
  tenantId: string,
  reportId: string,
): Promise<ReviewRow[]> {
  const rows = await db
    .select({ review: reportReviews, byName: users.fullName })
    .from(reportReviews)
    .innerJoin(users, eq(users.id, reportReviews.by))
    .where(and(eq(reportReviews.tenantId, tenantId), eq(reportReviews.reportId, reportId)))
    .orderBy(asc(reportReviews.at));
  return rows.map((r) => ({ ...r.review, byName: r.byName }));
}

/** The files still attached to the reports, with who uploaded each. */
export async function evidenceOf(
  db: Executor,
  tenantId: string,
  reportIds: readonly string[],
): Promise<(EvidenceRow & { uploadedByName: string })[]> {
  if (!reportIds.length) return [];
  const rows = await db
    .select({ file: evidenceFiles, uploadedByName: users.fullName })
    .from(evidenceFiles)
    .innerJoin(users, eq(users.id, evidenceFiles.uploadedBy))
    .where(
      and(
        eq(evidenceFiles.tenantId, tenantId),
        inArray(evidenceFiles.reportId, [...reportIds]),
        isNull(evidenceFiles.deletedAt),
      ),
    )
    .orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.fileName));
  return rows.map((r) => ({ ...r.file, uploadedByName: r.uploadedByName }));
}

export async function findEvidence(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(evidenceFiles)
    .where(
      and(
        eq(evidenceFiles.tenantId, tenantId),
        eq(evidenceFiles.id, id),
        isNull(evidenceFiles.deletedAt),
      ),
    );
  return row;
}

export async function insertEvidence(db: Executor, row: typeof evidenceFiles.$inferInsert) {
  const [out] = await db.insert(evidenceFiles).values(row).returning();
  return out!;
}

export async function markEvidenceDeleted(
  db: Executor,
  tenantId: string,
  id: string,
  at: Date,
  by: string,
) {
  const [out] = await db
    .update(evidenceFiles)
    .set({ deletedAt: at, deletedBy: by })
    .where(
      and(
        eq(evidenceFiles.tenantId, tenantId),
        eq(evidenceFiles.id, id),
        isNull(evidenceFiles.deletedAt),
      ),
    )
    .returning();
  return out;
}
