import {
  recordResponse,
  type HistoryRecord,
  type Household,
  type Person,
  type SubjectHistory,
} from '../../shared/contracts/people.ts';
import type { UnitName } from '../../shared/contracts/common.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { historyPolicy } from '../policies/commendations.ts';
import type { HouseholdRow, PersonRow, RecordRow } from '../repositories/commendations.ts';
import type { Scoped } from '../services/commendations-history.ts';
import type { SubjectHistoryView } from '../services/commendations-subject-history.ts';
import { presentInitiative } from './initiatives.ts';

export const presentPerson = (actor: Actor, p: Scoped<PersonRow>): Person => ({
  id: p.id,
  fullName: p.fullName,
  category: p.category,
  gender: p.gender,
  unitId: p.unitId,
  version: p.version,
  abilities: abilities(historyPolicy, actor, p),
});

export const presentHousehold = (actor: Actor, h: Scoped<HouseholdRow>): Household => ({
  id: h.id,
  headName: h.headName,
  address: h.address,
  unitId: h.unitId,
  version: h.version,
  abilities: abilities(historyPolicy, actor, h),
});

/**
 * A stored record with its data read by its type's shape (the row's JSON is typed by the
 * contract here; a row that does not fit is a server error, not a silently odd answer).
 */
export const presentRecord = (r: RecordRow, fromUnit: UnitName | null = null): HistoryRecord =>
  recordResponse.parse({
    id: r.id,
    type: r.type,
    year: r.year,
    data: r.data,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    fromUnit,
  });

export function presentHistory(actor: Actor, h: SubjectHistoryView): SubjectHistory {
  const { subject } = h;
  return {
    subject: {
      kind: subject.kind,
      id: subject.id,
      name: subject.info.name ?? '',
      category: subject.info.category ?? null,
      unitId: subject.unitId,
      unitName: subject.unitName,
    },
    records: [
      ...h.records.map((r) => presentRecord(r)),
      ...h.inherited.map((r) => presentRecord(r, { id: r.fromUnitId, name: r.fromUnitName })),
    ],
    initiatives: h.initiatives.map((i) =>
      presentInitiative(actor, { ...i, rootUnitId: subject.rootUnitId }),
    ),
    abilities: abilities(historyPolicy, actor, subject),
  };
}
