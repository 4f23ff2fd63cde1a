import type { BaseSalaryEntry } from '../../shared/commendations/base-salary.ts';
import type { BaseSalaryResponse } from '../../shared/contracts/base-salary.ts';
import { allowedActions, type InitiativeStatus } from '../domain/initiatives/workflow.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { historyPolicy, initiativePolicy, rulePolicy } from '../policies/commendations.ts';
import type {
  HouseholdRow,
  InitiativeRow,
  PersonRow,
  RecordRow,
  RuleRow,
} from '../repositories/commendations.ts';
import type { SubjectHistoryView } from '../services/commendations-subject-history.ts';

/** The base salary table as the contract gives it. */
export const presentBaseSalaries = (table: readonly BaseSalaryEntry[]): BaseSalaryResponse => ({
  entries: table.map((e) => ({
    effectiveFrom: e.effectiveFrom,
    amount: e.amount,
    citation: { ...e.citation },
  })),
});

export const presentRule = (actor: Actor, r: RuleRow) => ({
  id: r.id,
  code: r.code,
  awardCode: r.awardCode,
  subject: r.subject,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
  citation: r.citation as Record<string, unknown>,
  title: (r.title as { vi: string; en: string } | null) ?? null,
  condition: r.condition as Record<string, unknown>,
  version: r.version,
  abilities: { update: rulePolicy.update(actor) },
});

export const presentPerson = (actor: Actor, p: PersonRow) => ({
  id: p.id,
  fullName: p.fullName,
  category: p.category,
  gender: p.gender,
  unitId: p.unitId,
  version: p.version,
  abilities: abilities(historyPolicy, actor, { unitId: p.unitId }),
});

export const presentHousehold = (actor: Actor, h: HouseholdRow) => ({
  id: h.id,
  headName: h.headName,
  address: h.address,
  unitId: h.unitId,
  version: h.version,
  abilities: abilities(historyPolicy, actor, { unitId: h.unitId }),
});

export const presentRecord = (r: RecordRow) => ({
  id: r.id,
  type: r.type,
  year: r.year,
  data: r.data as Record<string, unknown>,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
});

export function presentInitiative(actor: Actor, i: InitiativeRow) {
  const allowed = allowedActions(i.status as InitiativeStatus);
  const may = (k: 'review' | 'reject' | 'recognise') =>
    allowed.includes(k) &&
    initiativePolicy[k === 'recognise' ? 'recognise' : 'review'](actor, { unitId: i.unitId });
  return {
    id: i.id,
    title: i.title,
    authorIds: i.authorIds,
    unitId: i.unitId,
    description: i.description,
    effect: i.effect,
    status: i.status,
    level: i.level,
    recognisedOn: i.recognisedOn,
    decisionNumber: i.decisionNumber,
    scope: i.scope,
    version: i.version,
    abilities: { review: may('review'), reject: may('reject'), recognise: may('recognise') },
  };
}

export function presentHistory(actor: Actor, h: SubjectHistoryView) {
  return {
    subject: {
      kind: h.subject.kind,
      id: h.subject.id,
      name: h.subject.info.name ?? '',
      category: h.subject.info.category ?? null,
      unitId: h.subject.unitId,
      unitName: h.subject.unitName,
    },
    records: [
      ...h.records.map((r) => ({ ...presentRecord(r), fromUnit: null })),
      ...h.inherited.map((r) => ({
        ...presentRecord(r),
        fromUnit: { id: r.fromUnitId, name: r.fromUnitName },
      })),
    ],
    initiatives: h.initiatives.map((i) => presentInitiative(actor, i)),
    abilities: abilities(historyPolicy, actor, { unitId: h.subject.unitId }),
  };
}
