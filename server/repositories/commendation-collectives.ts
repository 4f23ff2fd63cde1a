import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { initiatives, people, unitVersions } from '../db/schema/index.ts';
import type { InitiativeRow, PersonRow } from './commendations.ts';

/** Queries that read a collective (a unit) as a subject: its commune type, sub-units, members and initiatives. */

/** Initiatives registered under any of the given units (a collective's own and its predecessors'). */
export function initiativesOfUnits(db: Executor, tenantId: string, unitIds: string[]) {
  if (!unitIds.length) return Promise.resolve([] as InitiativeRow[]);
  return db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.tenantId, tenantId), inArray(initiatives.unitId, unitIds)))
    .orderBy(desc(initiatives.createdAt));
}

/** A unit's commune type on `date` (its version in force then), null when it has none. */
export async function communeTypeOn(db: Executor, tenantId: string, unitId: string, date: string) {
  const [row] = await db
    .select({ communeType: unitVersions.communeType })
    .from(unitVersions)
    .where(
      and(
        eq(unitVersions.tenantId, tenantId),
        eq(unitVersions.unitId, unitId),
        sql`${unitVersions.validFrom} <= ${date}::date`,
        sql`(${unitVersions.validTo} is null or ${unitVersions.validTo} > ${date}::date)`,
      ),
    )
    .limit(1);
  return row?.communeType ?? null;
}

/** Units directly under `parentId` on `date`, with their name and commune type then. */
export function childUnitsOn(db: Executor, tenantId: string, parentId: string, date: string) {
  return db
    .select({
      id: unitVersions.unitId,
      name: unitVersions.name,
      communeType: unitVersions.communeType,
    })
    .from(unitVersions)
    .where(
      and(
        eq(unitVersions.tenantId, tenantId),
        eq(unitVersions.parentId, parentId),
        sql`${unitVersions.validFrom} <= ${date}::date`,
        sql`(${unitVersions.validTo} is null or ${unitVersions.validTo} > ${date}::date)`,
      ),
    )
    .orderBy(asc(unitVersions.name))
    .limit(500);
}

/** Everyone recorded under any of the given units (members of those collectives). */
export function listPeopleOfUnits(db: Executor, tenantId: string, unitIds: string[]) {
  if (!unitIds.length) return Promise.resolve([] as PersonRow[]);
  return db
    .select()
    .from(people)
    .where(and(eq(people.tenantId, tenantId), inArray(people.unitId, unitIds)));
}
