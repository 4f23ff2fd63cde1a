import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  roleGrants,
  units,
  unitVersions,
  users,
  wasteReportContacts,
  wasteReportEvents,
  wasteReportOfficers,
  wasteReportPhotos,
  wasteReports,
} from '../db/schema/index.ts';

export type WasteRow = typeof wasteReports.$inferSelect;
export type WasteEventRow = typeof wasteReportEvents.$inferSelect & { byName: string | null };
export type WastePhotoRow = typeof wasteReportPhotos.$inferSelect;
export type WasteContactRow = typeof wasteReportContacts.$inferSelect;

/** Serialises numbering of one tenant's year, so two reports never take the same code. */
export async function nextSeq(tx: Executor, tenantId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`waste:${tenantId}:${year}`}))`);
  const [row] = await tx
    .select({ max: sql<number | null>`max(${wasteReports.seq})` })
    .from(wasteReports)
    .where(and(eq(wasteReports.tenantId, tenantId), eq(wasteReports.year, year)));
  return Number(row?.max ?? 0) + 1;
}

export async function insertReport(tx: Executor, row: typeof wasteReports.$inferInsert) {
  const [created] = await tx.insert(wasteReports).values(row).returning();
  return created!;
}

export async function insertContact(tx: Executor, row: typeof wasteReportContacts.$inferInsert) {
  await tx.insert(wasteReportContacts).values(row);
}

export async function insertEvent(tx: Executor, row: typeof wasteReportEvents.$inferInsert) {
  await tx.insert(wasteReportEvents).values(row);
}

export async function insertPhoto(tx: Executor, row: typeof wasteReportPhotos.$inferInsert) {
  const [created] = await tx.insert(wasteReportPhotos).values(row).returning();
  return created!;
}

export async function insertOfficer(tx: Executor, row: typeof wasteReportOfficers.$inferInsert) {
  await tx.insert(wasteReportOfficers).values(row).onConflictDoNothing();
}

const one = async (q: Promise<WasteRow[]>) => (await q)[0];

export const findById = (db: Executor, tenantId: string, id: string) =>
  one(
    db
      .select()
      .from(wasteReports)
      .where(and(eq(wasteReports.tenantId, tenantId), eq(wasteReports.id, id))),
  );

export const findByCode = (db: Executor, tenantId: string, code: string) =>
  one(
    db
      .select()
      .from(wasteReports)
      .where(and(eq(wasteReports.tenantId, tenantId), eq(wasteReports.code, code))),
  );

export const findByTokenHash = (db: Executor, tenantId: string, hash: string) =>
  one(
    db
      .select()
      .from(wasteReports)
      .where(and(eq(wasteReports.tenantId, tenantId), eq(wasteReports.followTokenHash, hash))),
  );

export const findByClientKey = (db: Executor, tenantId: string, key: string) =>
  one(
    db
      .select()
      .from(wasteReports)
      .where(and(eq(wasteReports.tenantId, tenantId), eq(wasteReports.clientKey, key))),
  );

/** Locks the report row for a move (read the version, then update under it). */
export async function updateVersioned(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof wasteReports.$inferInsert>,
): Promise<WasteRow | undefined> {
  const [row] = await tx
    .update(wasteReports)
    .set({ ...changes, version: sql`${wasteReports.version} + 1` })
    .where(
      and(
        eq(wasteReports.tenantId, tenantId),
        eq(wasteReports.id, id),
        eq(wasteReports.version, version),
      ),
    )
    .returning();
  return row;
}

export async function listReports(
  db: Executor,
  tenantId: string,
  filter: { status?: string | undefined; category?: string | undefined },
): Promise<WasteRow[]> {
  return db
    .select()
    .from(wasteReports)
    .where(
      and(
        eq(wasteReports.tenantId, tenantId),
        filter.status ? eq(wasteReports.status, filter.status) : undefined,
        filter.category ? eq(wasteReports.category, filter.category) : undefined,
      ),
    )
    .orderBy(asc(wasteReports.dueOn), desc(wasteReports.receivedAt))
    .limit(2000);
}

export async function listPublished(
  db: Executor,
  tenantId: string,
  filter: { communeUnitId?: string | undefined; category?: string | undefined },
): Promise<WasteRow[]> {
  return db
    .select()
    .from(wasteReports)
    .where(
      and(
        eq(wasteReports.tenantId, tenantId),
        eq(wasteReports.status, 'published'),
        filter.communeUnitId ? eq(wasteReports.communeUnitId, filter.communeUnitId) : undefined,
        filter.category ? eq(wasteReports.category, filter.category) : undefined,
      ),
    )
    .orderBy(desc(wasteReports.publishedAt))
    .limit(1000);
}

/** Reports of the category received in [from, to], for duplicate suggestions. */
export async function sameCategoryBetween(
  db: Executor,
  tenantId: string,
  category: string,
  from: string,
  to: string,
): Promise<WasteRow[]> {
  return db
    .select()
    .from(wasteReports)
    .where(
      and(
        eq(wasteReports.tenantId, tenantId),
        eq(wasteReports.category, category),
        gte(wasteReports.receivedOn, from),
        lte(wasteReports.receivedOn, to),
      ),
    )
    .limit(500);
}

/** Open reports of every tenant past their state's deadline and not yet escalated in it. */
export async function overdueReports(db: Executor, today: string): Promise<WasteRow[]> {
  return db
    .select()
    .from(wasteReports)
    .where(
      and(
        ne(wasteReports.status, 'published'),
        lt(wasteReports.dueOn, today),
        or(
          isNull(wasteReports.escalatedState),
          ne(wasteReports.escalatedState, wasteReports.status),
        ),
      ),
    )
    .limit(1000);
}

export async function officersOf(
  db: Executor,
  tenantId: string,
  reportIds: string[],
): Promise<{ reportId: string; userId: string; name: string }[]> {
  if (!reportIds.length) return [];
  return db
    .select({
      reportId: wasteReportOfficers.reportId,
      userId: wasteReportOfficers.userId,
      name: users.fullName,
    })
    .from(wasteReportOfficers)
    .innerJoin(users, eq(users.id, wasteReportOfficers.userId))
    .where(
      and(
        eq(wasteReportOfficers.tenantId, tenantId),
        inArray(wasteReportOfficers.reportId, reportIds),
      ),
    )
    .orderBy(asc(wasteReportOfficers.assignedAt));
}

export async function photosOf(db: Executor, tenantId: string, reportId: string) {
  return db
    .select()
    .from(wasteReportPhotos)
    .where(and(eq(wasteReportPhotos.tenantId, tenantId), eq(wasteReportPhotos.reportId, reportId)))
    .orderBy(asc(wasteReportPhotos.createdAt));
}

export async function eventsOf(
  db: Executor,
  tenantId: string,
  reportId: string,
): Promise<WasteEventRow[]> {
  const rows = await db
    .select({ event: wasteReportEvents, byName: users.fullName })
    .from(wasteReportEvents)
    .leftJoin(users, eq(users.id, wasteReportEvents.userId))
    .where(and(eq(wasteReportEvents.tenantId, tenantId), eq(wasteReportEvents.reportId, reportId)))
    .orderBy(asc(wasteReportEvents.at), asc(wasteReportEvents.id));
  return rows.map((r) => ({ ...r.event, byName: r.byName }));
}

export async function contactOf(
  db: Executor,
  tenantId: string,
  reportId: string,
): Promise<WasteContactRow | undefined> {
  const [row] = await db
    .select()
    .from(wasteReportContacts)
    .where(
      and(eq(wasteReportContacts.tenantId, tenantId), eq(wasteReportContacts.reportId, reportId)),
    );
  return row;
}

export async function hasContacts(db: Executor, tenantId: string, reportIds: string[]) {
  if (!reportIds.length) return new Set<string>();
  const rows = await db
    .select({ id: wasteReportContacts.reportId })
    .from(wasteReportContacts)
    .where(
      and(
        eq(wasteReportContacts.tenantId, tenantId),
        inArray(wasteReportContacts.reportId, reportIds),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Active users holding `role` granted on exactly one of `unitIds`. */
export async function holdersOn(
  db: Executor,
  tenantId: string,
  roles: string[],
  unitIds: string[],
): Promise<{ id: string; email: string | null }[]> {
  if (!unitIds.length) return [];
  return db
    .selectDistinct({ id: users.id, email: users.email })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.tenantId, tenantId),
        inArray(roleGrants.role, roles),
        inArray(roleGrants.unitId, unitIds),
        eq(users.active, true),
      ),
    );
}

/** Communes and wards in force on `day`, with their parent's name. */
export async function communesOn(db: Executor, tenantId: string, day: string) {
  const parent = sql`(select p.name from unit_versions p where p.unit_id = ${unitVersions.parentId}
     and p.valid_from <= ${day}::date and (p.valid_to is null or p.valid_to > ${day}::date) limit 1)`;
  return db
    .select({
      id: units.id,
      code: units.code,
      name: unitVersions.name,
      parentName: sql<string | null>`${parent}`,
    })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.unitId, units.id))
    .where(
      and(
        eq(units.tenantId, tenantId),
        eq(units.kind, 'commune'),
        sql`${units.validFrom} <= ${day}::date and (${units.validTo} is null or ${units.validTo} > ${day}::date)`,
        sql`${unitVersions.validFrom} <= ${day}::date and (${unitVersions.validTo} is null or ${unitVersions.validTo} > ${day}::date)`,
      ),
    );
}
