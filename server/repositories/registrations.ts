import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client.ts';
import {
  clusterPledges,
  clusterPledgeSignatures,
  movements,
  registrationPeriods,
  registrations,
} from '../db/schema/index.ts';
import { scopedToUser } from './scope.ts';

/** A period with its movement's code. */
export type PeriodRow = typeof registrationPeriods.$inferSelect & { movementCode: string };

const periodQuery = (db: Executor) =>
  db
    .select({ ...getTableColumns(registrationPeriods), movementCode: movements.code })
    .from(registrationPeriods)
    .innerJoin(movements, eq(movements.id, registrationPeriods.movementId));
export type RegistrationRow = typeof registrations.$inferSelect;

export async function findMovementByCode(db: Executor, tenantId: string, code: string) {
  const [row] = await db
    .select()
    .from(movements)
    .where(and(eq(movements.tenantId, tenantId), eq(movements.code, code)));
  return row;
}

export async function listPeriods(
  db: Executor,
  tenantId: string,
  year?: number,
): Promise<PeriodRow[]> {
  return periodQuery(db)
    .where(
      and(
        eq(registrationPeriods.tenantId, tenantId),
        year === undefined ? undefined : eq(registrationPeriods.year, year),
      ),
    )
    .orderBy(asc(registrationPeriods.year), asc(registrationPeriods.opensOn));
}

export async function findPeriod(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<PeriodRow | undefined> {
  const [row] = await periodQuery(db).where(
    and(eq(registrationPeriods.tenantId, tenantId), eq(registrationPeriods.id, id)),
  );
  return row;
}

export async function findPeriodFor(
  db: Executor,
  tenantId: string,
  movementId: string,
  year: number,
) {
  const [row] = await db
    .select()
    .from(registrationPeriods)
    .where(
      and(
        eq(registrationPeriods.tenantId, tenantId),
        eq(registrationPeriods.movementId, movementId),
        eq(registrationPeriods.year, year),
      ),
    );
  return row;
}

export async function insertPeriod(db: Executor, row: typeof registrationPeriods.$inferInsert) {
  const [out] = await db.insert(registrationPeriods).values(row).returning();
  return out!;
}

/** The registrations of a period for units the user covers (any role), or all when `userId` is null. */
export async function listRegistrations(
  db: Executor,
  tenantId: string,
  periodId: string,
  scope: { userId: string; today: string } | null,
): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.tenantId, tenantId),
        eq(registrations.periodId, periodId),
        scope
          ? scopedToUser(sql`${registrations.unitId}`, scope.userId, tenantId, scope.today)
          : undefined,
      ),
    )
    .orderBy(asc(registrations.unitId));
}

export async function findRegistration(
  db: Executor,
  tenantId: string,
  periodId: string,
  unitId: string,
  forUpdate = false,
): Promise<RegistrationRow | undefined> {
  const query = db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.tenantId, tenantId),
        eq(registrations.periodId, periodId),
        eq(registrations.unitId, unitId),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertRegistration(db: Executor, row: typeof registrations.$inferInsert) {
  const [out] = await db.insert(registrations).values(row).returning();
  return out!;
}

export async function updateRegistration(
  db: Executor,
  tenantId: string,
  id: string,
  changes: Partial<typeof registrations.$inferInsert>,
) {
  const [out] = await db
    .update(registrations)
    .set({ ...changes, version: sql`${registrations.version} + 1` })
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.id, id)))
    .returning();
  return out!;
}

export interface UnitInfo {
  id: string;
  code: string;
  kind: string;
  name: string;
}

/** A unit with its kind and its name on `onDate`. */
export async function findUnit(
  db: Executor,
  tenantId: string,
  id: string,
  onDate: string,
): Promise<UnitInfo | undefined> {
  const rows = await queryRows<UnitInfo>(
    db,
    sql`
    select u.id, u.code, u.kind,
           (select v.name from unit_versions v where v.unit_id = u.id and v.valid_from <= ${onDate}::date
             order by v.valid_from desc limit 1) as name
      from units u where u.tenant_id = ${tenantId} and u.id = ${id}::uuid`,
  );
  return rows[0];
}

/**
 * The units expected to register for a year: provincial departments and communes that
 * existed on January 1 of the year, with their names that day.
 */
export async function participatingUnits(
  db: Executor,
  tenantId: string,
  onDate: string,
): Promise<UnitInfo[]> {
  return queryRows<UnitInfo>(
    db,
    sql`
    select u.id, u.code, u.kind, v.name
      from units u
      join unit_versions v on v.unit_id = u.id
       and v.valid_from <= ${onDate}::date and (v.valid_to is null or v.valid_to > ${onDate}::date)
     where u.tenant_id = ${tenantId}
       and u.kind in ('provincial_department', 'commune')
       and u.valid_from <= ${onDate}::date and (u.valid_to is null or u.valid_to > ${onDate}::date)
     order by u.kind desc, v.name`,
  );
}

export type PledgeRow = typeof clusterPledges.$inferSelect;
export type SignatureRow = typeof clusterPledgeSignatures.$inferSelect;

export async function findPledge(
  db: Executor,
  tenantId: string,
  blockId: string,
  year: number,
  forUpdate = false,
): Promise<PledgeRow | undefined> {
  const query = db
    .select()
    .from(clusterPledges)
    .where(
      and(
        eq(clusterPledges.tenantId, tenantId),
        eq(clusterPledges.blockId, blockId),
        eq(clusterPledges.year, year),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function signaturesOf(
  db: Executor,
  tenantId: string,
  pledgeId: string,
): Promise<SignatureRow[]> {
  return db
    .select()
    .from(clusterPledgeSignatures)
    .where(
      and(
        eq(clusterPledgeSignatures.tenantId, tenantId),
        eq(clusterPledgeSignatures.pledgeId, pledgeId),
      ),
    )
    .orderBy(asc(clusterPledgeSignatures.signedAt));
}

export async function insertPledge(db: Executor, row: typeof clusterPledges.$inferInsert) {
  const [out] = await db.insert(clusterPledges).values(row).returning();
  return out!;
}

export async function updatePledge(
  db: Executor,
  tenantId: string,
  id: string,
  text: string,
  at: Date,
  by: string,
) {
  const [out] = await db
    .update(clusterPledges)
    .set({ text, updatedAt: at, updatedBy: by, version: sql`${clusterPledges.version} + 1` })
    .where(and(eq(clusterPledges.tenantId, tenantId), eq(clusterPledges.id, id)))
    .returning();
  return out!;
}

export async function insertSignature(
  db: Executor,
  row: typeof clusterPledgeSignatures.$inferInsert,
) {
  const [out] = await db.insert(clusterPledgeSignatures).values(row).returning();
  return out!;
}
