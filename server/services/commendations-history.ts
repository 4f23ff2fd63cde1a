import { byName } from '../../shared/collation.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { findAward, type SubjectKind } from '../../shared/commendations/catalogue.ts';
import type { CreatePersonBody, RecordInput } from '../../shared/contracts/people.ts';
import type { Deps } from '../deps.ts';
import type { SubjectInfo } from '../domain/commendations/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import {
  historyPolicy,
  readsEverything,
  type HistorySubject,
  type OfficeSubject,
} from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { auditActor, recordAudit } from './audit.ts';
import { officeOf } from './commendations.ts';

/** A row that belongs to a unit, with the root unit its abilities are decided on. */
export type Scoped<T> = T & OfficeSubject;

/** The scope of a list of subjects: everything for the office and province readers. */
export function listScope(deps: Deps, actor: Actor, office: OfficeSubject): repo.ListScope {
  return readsEverything(actor, office)
    ? { all: true }
    : { all: false, userId: actor.id, today: deps.today() };
}

export interface LoadedSubject extends HistorySubject {
  kind: SubjectKind;
  id: string;
  unitName: string;
  info: SubjectInfo;
  person?: repo.PersonRow | undefined;
}

/** Loads a person or a unit as a subject; NotFound when it does not exist or the actor may not read it. */
export async function loadSubject(
  deps: Deps,
  actor: Actor,
  kind: SubjectKind,
  id: string,
  action: keyof typeof historyPolicy = 'read',
): Promise<LoadedSubject> {
  const { rootUnitId } = await officeOf(deps, actor);
  let subject: LoadedSubject;
  if (kind === 'individual') {
    const person = await repo.findPerson(deps.db, actor.tenantId, id);
    if (!person) throw notFound();
    const names = await unitNamesOn(deps.db, actor.tenantId, [person.unitId], deps.today());
    subject = {
      kind,
      id,
      rootUnitId,
      unitId: person.unitId,
      unitName: names.get(person.unitId) ?? '',
      person,
      info: {
        id,
        kind: 'individual',
        name: person.fullName,
        category: person.category,
      },
    };
  } else if (kind === 'household') {
    const household = await repo.findHousehold(deps.db, actor.tenantId, id);
    if (!household) throw notFound();
    const names = await unitNamesOn(deps.db, actor.tenantId, [household.unitId], deps.today());
    subject = {
      kind,
      id,
      rootUnitId,
      unitId: household.unitId,
      unitName: names.get(household.unitId) ?? '',
      info: { id, kind: 'household', name: household.headName },
    };
  } else {
    const names = await unitNamesOn(deps.db, actor.tenantId, [id], deps.today());
    const name = names.get(id);
    if (name === undefined) throw notFound();
    subject = {
      kind,
      id,
      rootUnitId,
      unitId: id,
      unitName: name,
      info: { id, kind: 'collective', name },
    };
  }
  authorize(historyPolicy, actor, action, subject);
  return subject;
}

/** People of the units the actor covers (everyone's for the office and province readers). */
export async function listPeople(
  deps: Deps,
  actor: Actor,
  unitId?: string,
): Promise<Scoped<repo.PersonRow>[]> {
  const office = await officeOf(deps, actor);
  const scope = listScope(deps, actor, office);
  const rows = await repo.listPeople(deps.db, actor.tenantId, scope, unitId);
  return rows.map((r) => ({ ...r, ...office })).sort(byName((p) => p.fullName));
}

export async function createPerson(
  deps: Deps,
  actor: Actor,
  input: CreatePersonBody,
): Promise<Scoped<repo.PersonRow>> {
  const names = await unitNamesOn(deps.db, actor.tenantId, [input.unitId], deps.today());
  if (!names.has(input.unitId)) throw invalid({ unitId: { key: 'unit_not_found' } });
  const office = await officeOf(deps, actor);
  authorize(historyPolicy, actor, 'record', { ...office, unitId: input.unitId });
  const row = await deps.db.transaction(async (tx) => {
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
  return { ...row, ...office };
}

const yearOf = (r: RecordInput): number | null =>
  r.type === 'rating' || r.type === 'award' || r.type === 'attestation' ? r.data.year : null;

/** Appends one record to a subject's history, audited in the same transaction. */
export async function addRecord(
  deps: Deps,
  actor: Actor,
  kind: SubjectKind,
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
  if (input.type === 'award' && input.data.decisionDate > deps.today())
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
  kind: SubjectKind,
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
