import { byName } from '../../shared/collation.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { findAward, type PersonCategory } from '../../shared/commendations/catalogue.ts';
import type { Deps } from '../deps.ts';
import type { SubjectInfo } from '../domain/commendations/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { historyPolicy, readsEverything } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { recordAudit } from './audit.ts';
import { auditActor } from './commendations.ts';

export const today = (deps: Deps) => deps.clock().toISOString().slice(0, 10);

/** Kinds of subject with recorded history: people, collectives (units) and households. */
export type HistoryKind = 'individual' | 'collective' | 'household';

export interface LoadedSubject {
  kind: HistoryKind;
  id: string;
  unitId: string;
  unitName: string;
  info: SubjectInfo;
  person?: repo.PersonRow | undefined;
}

/** Loads a person or a unit as a subject; NotFound when it does not exist or the actor may not read it. */
export async function loadSubject(
  deps: Deps,
  actor: Actor,
  kind: HistoryKind,
  id: string,
  action: keyof typeof historyPolicy = 'read',
): Promise<LoadedSubject> {
  let subject: LoadedSubject;
  if (kind === 'individual') {
    const person = await repo.findPerson(deps.db, actor.tenantId, id);
    if (!person) throw notFound();
    const names = await unitNamesOn(deps.db, actor.tenantId, [person.unitId], today(deps));
    subject = {
      kind,
      id,
      unitId: person.unitId,
      unitName: names.get(person.unitId) ?? '',
      person,
      info: {
        id,
        kind: 'individual',
        name: person.fullName,
        category: person.category as PersonCategory,
      },
    };
  } else if (kind === 'household') {
    const household = await repo.findHousehold(deps.db, actor.tenantId, id);
    if (!household) throw notFound();
    const names = await unitNamesOn(deps.db, actor.tenantId, [household.unitId], today(deps));
    subject = {
      kind,
      id,
      unitId: household.unitId,
      unitName: names.get(household.unitId) ?? '',
      info: { id, kind: 'household', name: household.headName },
    };
  } else {
    const names = await unitNamesOn(deps.db, actor.tenantId, [id], today(deps));
    const name = names.get(id);
    if (name === undefined) throw notFound();
    subject = { kind, id, unitId: id, unitName: name, info: { id, kind: 'collective', name } };
  }
  authorize(historyPolicy, actor, action, { unitId: subject.unitId });
  return subject;
}

export async function listPeople(deps: Deps, actor: Actor, unitId?: string) {
  const scope: repo.ListScope = readsEverything(actor)
    ? { all: true }
    : { all: false, userId: actor.id, today: today(deps) };
  return (await repo.listPeople(deps.db, actor.tenantId, scope, unitId)).sort(
    byName((p) => p.fullName),
  );
}

export async function createPerson(
  deps: Deps,
  actor: Actor,
  input: {
    fullName: string;
    category: PersonCategory;
    gender?: string | undefined;
    unitId: string;
  },
) {
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], today(deps));
  if (!names.has(input.unitId)) throw invalid({ unitId: { key: 'unit_not_found' } });
  authorize(historyPolicy, actor, 'record', { unitId: input.unitId });
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertPerson(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      fullName: input.fullName,
      category: input.category,
      gender: input.gender ?? null,
      unitId: input.unitId,
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'person.create',
      entityType: 'person',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

/** A typed history record as the routes validated it. */
export type RecordInput =
  | { type: 'rating'; data: { year: number; rating: string; source?: string | undefined } }
  | {
      type: 'award';
      data: {
        awardCode: string;
        year: number;
        kind: string;
        decisionNo: string;
        decisionDate: string;
        issuer?: string | undefined;
      };
    }
  | {
      type: 'discipline';
      data: { severity: string; decidedOn: string; endsOn: string; ref?: string | undefined };
    }
  | { type: 'case'; data: { kind: string; openedOn: string; ref?: string | undefined } }
  | { type: 'attestation'; data: { fact: string; year: number; ref: string } }
  | { type: 'absence'; data: { from: string; to: string; reason: string } }
  | {
      type: 'contribution';
      data: {
        kind: string;
        date: string;
        project?: string | undefined;
        description?: string | undefined;
      };
    };

const yearOf = (r: RecordInput): number | null =>
  r.type === 'rating' || r.type === 'award' || r.type === 'attestation' ? r.data.year : null;

/** Appends one record to a subject's history, audited in the same transaction. */
export async function addRecord(
  deps: Deps,
  actor: Actor,
  kind: HistoryKind,
  id: string,
  input: RecordInput,
) {
  await loadSubject(deps, actor, kind, id, 'record');
  if (input.type === 'rating') {
    const year = input.data.year;
    if (await repo.ratingOf(deps.db, actor.tenantId, kind, id, year))
      throw invalid({ year: { key: 'rating_exists', params: { year } } });
  }
  if (input.type === 'discipline' && input.data.endsOn < input.data.decidedOn)
    throw invalid({ endsOn: { key: 'date_not_after', params: { date: input.data.decidedOn } } });
  if (input.type === 'absence' && input.data.to < input.data.from)
    throw invalid({ to: { key: 'date_not_after', params: { date: input.data.from } } });
  if (input.type === 'award' && !findAward(input.data.awardCode))
    throw invalid({ awardCode: { key: 'award_unknown', params: { award: input.data.awardCode } } });
  if (input.type === 'award' && input.data.decisionDate > today(deps))
    throw invalid({ decisionDate: { key: 'date_in_future' } });
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertRecord(tx, {
      id: deps.newId(),
      tenantId: actor.tenantId,
      subjectKind: kind,
      subjectId: id,
      type: input.type,
      year: yearOf(input),
      data: input.data,
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: `commendation_record.${input.type}.create`,
      entityType: 'commendation_record',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

/** Closes an open case on a date (on or after it opened). */
export async function closeCase(
  deps: Deps,
  actor: Actor,
  kind: HistoryKind,
  id: string,
  caseId: string,
  closedOn: string,
) {
  await loadSubject(deps, actor, kind, id, 'record');
  const row = await repo.findRecord(deps.db, actor.tenantId, caseId);
  if (!row || row.type !== 'case' || row.subjectId !== id || row.subjectKind !== kind)
    throw notFound();
  const data = row.data as { openedOn: string; closedOn?: string };
  if (data.closedOn) throw invalid({ closedOn: { key: 'case_already_closed' } });
  if (closedOn < data.openedOn)
    throw invalid({ closedOn: { key: 'date_before_opened', params: { date: data.openedOn } } });
  return deps.db.transaction(async (tx) => {
    const updated = await repo.updateRecordData(tx, row, { ...data, closedOn });
    if (!updated) throw invalid({ closedOn: { key: 'case_already_closed' } });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor: auditActor(actor),
      at: deps.clock(),
      action: 'commendation_record.case.close',
      entityType: 'commendation_record',
      entityId: row.id,
      before: row,
      after: updated,
    });
    return updated;
  });
}
