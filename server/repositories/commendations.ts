import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.ts';
import {
  commendationRecords,
  commendationRules,
  households,
  initiatives,
  people,
} from '../db/schema/index.ts';
import type { SubjectKind } from '../../shared/commendations/catalogue.ts';
import type { Rule } from '../../shared/commendations/rule-schema.ts';
import { scopedToUser, type ListScope } from './scope.ts';

export type RuleRow = typeof commendationRules.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type HouseholdRow = typeof households.$inferSelect;
export type RecordRow = typeof commendationRecords.$inferSelect;
export type NewRecord = typeof commendationRecords.$inferInsert;
export type InitiativeRow = typeof initiatives.$inferSelect;

/** A stored rule as the domain reads it. */
export function ruleOf(row: RuleRow): Rule {
  return {
    code: row.code,
    awardCode: row.awardCode,
    subject: row.subject,
    effectiveFrom: row.effectiveFrom,
    ...(row.effectiveTo ? { effectiveTo: row.effectiveTo } : {}),
    citation: row.citation,
    ...(row.title ? { title: row.title } : {}),
    condition: row.condition,
  };
}

export const listRules = (db: Executor, tenantId: string) =>
  db
    .select()
    .from(commendationRules)
    .where(eq(commendationRules.tenantId, tenantId))
    .orderBy(
      asc(commendationRules.awardCode),
      asc(commendationRules.code),
      asc(commendationRules.effectiveFrom),
    );

export async function findRule(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(commendationRules)
    .where(and(eq(commendationRules.tenantId, tenantId), eq(commendationRules.id, id)));
  return row;
}

export async function insertRule(db: Executor, values: typeof commendationRules.$inferInsert) {
  const [row] = await db.insert(commendationRules).values(values).returning();
  return row!;
}

/** Optimistic lock: updates only when `version` is still current; undefined otherwise. */
export async function updateRule(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  values: Partial<typeof commendationRules.$inferInsert>,
) {
  const [row] = await db
    .update(commendationRules)
    .set({ ...values, version: version + 1 })
    .where(
      and(
        eq(commendationRules.tenantId, tenantId),
        eq(commendationRules.id, id),
        eq(commendationRules.version, version),
      ),
    )
    .returning();
  return row;
}

export type { ListScope } from './scope.ts';

/** Tenant, an optional unit, and the actor's scope, for subjects that belong to a unit. */
function inUnitScope(
  columns: { tenantId: AnyPgColumn; unitId: AnyPgColumn },
  tenantId: string,
  scope: ListScope,
  unitId?: string,
) {
  return and(
    eq(columns.tenantId, tenantId),
    unitId ? eq(columns.unitId, unitId) : undefined,
    scope.all
      ? undefined
      : scopedToUser(sql`${columns.unitId}`, scope.userId, tenantId, scope.today, scope.roles),
  );
}

export function listPeople(db: Executor, tenantId: string, scope: ListScope, unitId?: string) {
  return db
    .select()
    .from(people)
    .where(inUnitScope(people, tenantId, scope, unitId))
    .orderBy(asc(people.fullName))
    .limit(500);
}

export async function findPerson(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.tenantId, tenantId), eq(people.id, id)));
  return row;
}

export async function insertPerson(db: Executor, values: typeof people.$inferInsert) {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

export const recordsOf = (
  db: Executor,
  tenantId: string,
  subjectKind: SubjectKind,
  subjectId: string,
) =>
  db
    .select()
    .from(commendationRecords)
    .where(
      and(
        eq(commendationRecords.tenantId, tenantId),
        eq(commendationRecords.subjectKind, subjectKind),
        eq(commendationRecords.subjectId, subjectId),
      ),
    )
    .orderBy(desc(commendationRecords.year), asc(commendationRecords.createdAt));

export async function findRecord(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(commendationRecords)
    .where(and(eq(commendationRecords.tenantId, tenantId), eq(commendationRecords.id, id)));
  return row;
}

/** Several records at once (a history import), in one statement. */
export async function insertRecords(db: Executor, values: NewRecord[]): Promise<void> {
  if (values.length) await db.insert(commendationRecords).values(values);
}

/** The people of a unit with this name, compared without case (a workbook's spelling). */
export function peopleNamed(
  db: Executor,
  tenantId: string,
  unitId: string,
  fullName: string,
): Promise<PersonRow[]> {
  return db
    .select()
    .from(people)
    .where(
      and(
        eq(people.tenantId, tenantId),
        eq(people.unitId, unitId),
        sql`lower(${people.fullName}) = lower(${fullName})`,
      ),
    );
}

export async function insertRecord(db: Executor, values: typeof commendationRecords.$inferInsert) {
  const [row] = await db.insert(commendationRecords).values(values).returning();
  return row!;
}

export async function updateRecordData(db: Executor, row: RecordRow, data: unknown) {
  const [updated] = await db
    .update(commendationRecords)
    .set({ data, version: row.version + 1 })
    .where(
      and(
        eq(commendationRecords.tenantId, row.tenantId),
        eq(commendationRecords.id, row.id),
        eq(commendationRecords.version, row.version),
      ),
    )
    .returning();
  return updated;
}

/** The rating a subject already has for a year (one per year). */
export async function ratingOf(
  db: Executor,
  tenantId: string,
  subjectKind: SubjectKind,
  subjectId: string,
  year: number,
) {
  const [row] = await db
    .select()
    .from(commendationRecords)
    .where(
      and(
        eq(commendationRecords.tenantId, tenantId),
        eq(commendationRecords.subjectKind, subjectKind),
        eq(commendationRecords.subjectId, subjectId),
        eq(commendationRecords.type, 'rating'),
        eq(commendationRecords.year, year),
      ),
    );
  return row;
}

export function listInitiatives(db: Executor, tenantId: string, scope: ListScope) {
  const where = [eq(initiatives.tenantId, tenantId)];
  if (!scope.all)
    where.push(
      scopedToUser(sql`${initiatives.unitId}`, scope.userId, tenantId, scope.today, scope.roles),
    );
  return db
    .select()
    .from(initiatives)
    .where(and(...where))
    .orderBy(desc(initiatives.createdAt))
    .limit(500);
}

/** Initiatives one person is an author of. */
export const initiativesOfPerson = (db: Executor, tenantId: string, personId: string) =>
  db
    .select()
    .from(initiatives)
    .where(
      and(
        eq(initiatives.tenantId, tenantId),
        sql`${initiatives.authorIds} @> ${JSON.stringify([personId])}::jsonb`,
      ),
    )
    .orderBy(desc(initiatives.createdAt));

export async function findInitiative(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.id, id)));
  return row;
}

export async function insertInitiative(db: Executor, values: typeof initiatives.$inferInsert) {
  const [row] = await db.insert(initiatives).values(values).returning();
  return row!;
}

export async function updateInitiative(
  db: Executor,
  row: InitiativeRow,
  values: Partial<typeof initiatives.$inferInsert>,
) {
  const [updated] = await db
    .update(initiatives)
    .set({ ...values, version: row.version + 1 })
    .where(
      and(
        eq(initiatives.tenantId, row.tenantId),
        eq(initiatives.id, row.id),
        eq(initiatives.version, row.version),
      ),
    )
    .returning();
  return updated;
}

/** Records of many subjects of one kind at once (the "who may qualify" list). */
export function recordsOfMany(
  db: Executor,
  tenantId: string,
  subjectKind: SubjectKind,
  ids: string[],
) {
  if (!ids.length) return Promise.resolve([] as RecordRow[]);
  return db
    .select()
    .from(commendationRecords)
    .where(
      and(
        eq(commendationRecords.tenantId, tenantId),
        eq(commendationRecords.subjectKind, subjectKind),
        inArray(commendationRecords.subjectId, ids),
      ),
    );
}

/** Recognised initiatives any of `personIds` authored. */
export function recognisedInitiativesOf(db: Executor, tenantId: string, personIds: string[]) {
  if (!personIds.length) return Promise.resolve([] as InitiativeRow[]);
  return db
    .select()
    .from(initiatives)
    .where(
      and(
        eq(initiatives.tenantId, tenantId),
        eq(initiatives.status, 'recognised'),
        sql`${initiatives.authorIds} ?| array[${sql.join(
          personIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::text[]`,
      ),
    );
}

export function listHouseholds(db: Executor, tenantId: string, scope: ListScope, unitId?: string) {
  return db
    .select()
    .from(households)
    .where(inUnitScope(households, tenantId, scope, unitId))
    .orderBy(asc(households.headName))
    .limit(500);
}

export async function findHousehold(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(households)
    .where(and(eq(households.tenantId, tenantId), eq(households.id, id)));
  return row;
}

export async function insertHousehold(db: Executor, values: typeof households.$inferInsert) {
  const [row] = await db.insert(households).values(values).returning();
  return row!;
}
