import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  dossierComponents,
  dossiers,
  dossierSteps,
  dossierSubjects,
  nominationRounds,
  postingComments,
} from '../db/schema/index.ts';
import type { DossierState } from '../../shared/nominations.ts';

export type RoundRow = typeof nominationRounds.$inferSelect;
export type DossierRow = typeof dossiers.$inferSelect;
export type SubjectRow = typeof dossierSubjects.$inferSelect;
export type ComponentRow = typeof dossierComponents.$inferSelect;
export type StepRow = typeof dossierSteps.$inferSelect;
export type CommentRow = typeof postingComments.$inferSelect;

export async function insertRound(db: Executor, values: typeof nominationRounds.$inferInsert) {
  const [row] = await db.insert(nominationRounds).values(values).returning();
  return row!;
}

export async function findRound(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(nominationRounds)
    .where(and(eq(nominationRounds.tenantId, tenantId), eq(nominationRounds.id, id)));
  return row;
}

export const listRounds = (db: Executor, tenantId: string) =>
  db
    .select()
    .from(nominationRounds)
    .where(eq(nominationRounds.tenantId, tenantId))
    .orderBy(asc(nominationRounds.year), asc(nominationRounds.name));

export async function updateRound(
  db: Executor,
  row: RoundRow,
  values: Partial<typeof nominationRounds.$inferInsert>,
) {
  const [updated] = await db
    .update(nominationRounds)
    .set({ ...values, version: row.version + 1 })
    .where(
      and(
        eq(nominationRounds.tenantId, row.tenantId),
        eq(nominationRounds.id, row.id),
        eq(nominationRounds.version, row.version),
      ),
    )
    .returning();
  return updated;
}

export async function insertDossier(db: Executor, values: typeof dossiers.$inferInsert) {
  const [row] = await db.insert(dossiers).values(values).returning();
  return row!;
}

export async function findDossier(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.tenantId, tenantId), eq(dossiers.id, id)));
  return row;
}

export async function findDossierByKey(db: Executor, tenantId: string, key: string) {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.tenantId, tenantId), eq(dossiers.idempotencyKey, key)));
  return row;
}

/** Dossiers of a tenant, optionally of one round, state or filing units (the actor's scope). */
export async function listDossiers(
  db: Executor,
  tenantId: string,
  filter: { roundId?: string; states?: DossierState[]; unitIds?: string[] },
) {
  if (filter.unitIds && filter.unitIds.length === 0) return [];
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.tenantId, tenantId),
        filter.roundId ? eq(dossiers.roundId, filter.roundId) : undefined,
        filter.states ? inArray(dossiers.state, filter.states) : undefined,
        filter.unitIds ? inArray(dossiers.unitId, filter.unitIds) : undefined,
      ),
    )
    .orderBy(asc(dossiers.createdAt));
}

export async function updateDossier(
  db: Executor,
  row: DossierRow,
  values: Partial<typeof dossiers.$inferInsert>,
) {
  const [updated] = await db
    .update(dossiers)
    .set({ ...values, version: row.version + 1 })
    .where(
      and(
        eq(dossiers.tenantId, row.tenantId),
        eq(dossiers.id, row.id),
        eq(dossiers.version, row.version),
      ),
    )
    .returning();
  return updated;
}

export async function insertSubjects(
  db: Executor,
  values: (typeof dossierSubjects.$inferInsert)[],
) {
  return values.length ? db.insert(dossierSubjects).values(values).returning() : [];
}

export async function insertComponents(
  db: Executor,
  values: (typeof dossierComponents.$inferInsert)[],
) {
  return values.length ? db.insert(dossierComponents).values(values).returning() : [];
}

export const subjectsOf = (db: Executor, tenantId: string, dossierIds: string[]) =>
  dossierIds.length === 0
    ? Promise.resolve([] as SubjectRow[])
    : db
        .select()
        .from(dossierSubjects)
        .where(
          and(
            eq(dossierSubjects.tenantId, tenantId),
            inArray(dossierSubjects.dossierId, dossierIds),
          ),
        )
        .orderBy(asc(dossierSubjects.displayName));

export async function findSubject(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(dossierSubjects)
    .where(and(eq(dossierSubjects.tenantId, tenantId), eq(dossierSubjects.id, id)));
  return row;
}

export async function setCouncilOutcome(
  db: Executor,
  tenantId: string,
  subjectId: string,
  passed: boolean,
) {
  await db
    .update(dossierSubjects)
    .set({ councilPassed: passed })
    .where(and(eq(dossierSubjects.tenantId, tenantId), eq(dossierSubjects.id, subjectId)));
}

export const componentsOf = (db: Executor, tenantId: string, dossierId: string) =>
  db
    .select()
    .from(dossierComponents)
    .where(
      and(eq(dossierComponents.tenantId, tenantId), eq(dossierComponents.dossierId, dossierId)),
    )
    .orderBy(asc(dossierComponents.code));

/** Sets (or clears, with null) each component's return reason. */
export async function setReturnReasons(
  db: Executor,
  tenantId: string,
  dossierId: string,
  reasons: Record<string, string | null>,
) {
  for (const row of await componentsOf(db, tenantId, dossierId))
    await db
      .update(dossierComponents)
      .set({ returnReason: reasons[row.code] ?? null })
      .where(and(eq(dossierComponents.tenantId, tenantId), eq(dossierComponents.id, row.id)));
}

export async function insertStep(db: Executor, values: typeof dossierSteps.$inferInsert) {
  await db.insert(dossierSteps).values(values);
}

export const stepsOf = (db: Executor, tenantId: string, dossierId: string) =>
  db
    .select()
    .from(dossierSteps)
    .where(and(eq(dossierSteps.tenantId, tenantId), eq(dossierSteps.dossierId, dossierId)))
    .orderBy(asc(dossierSteps.at));

export async function insertComment(db: Executor, values: typeof postingComments.$inferInsert) {
  const [row] = await db.insert(postingComments).values(values).returning();
  return row!;
}

export const commentsOfRound = (db: Executor, tenantId: string, roundId: string) =>
  db
    .select()
    .from(postingComments)
    .where(and(eq(postingComments.tenantId, tenantId), eq(postingComments.roundId, roundId)))
    .orderBy(asc(postingComments.createdAt));

export async function findComment(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(postingComments)
    .where(and(eq(postingComments.tenantId, tenantId), eq(postingComments.id, id)));
  return row;
}

export async function answerComment(
  db: Executor,
  tenantId: string,
  id: string,
  values: { answer: string; answeredBy: string; answeredAt: Date },
) {
  const [row] = await db
    .update(postingComments)
    .set(values)
    .where(and(eq(postingComments.tenantId, tenantId), eq(postingComments.id, id)))
    .returning();
  return row;
}
