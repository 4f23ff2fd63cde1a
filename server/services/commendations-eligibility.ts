import type { PersonCategory, RecognitionLevel } from '../../shared/commendations/catalogue.ts';
import type { Deps } from '../deps.ts';
import {
  checkEligibility,
  whoMayQualify,
  type EligibilityResult,
  type SubjectHistory,
  type SubjectInfo,
} from '../domain/commendations/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { historyPolicy } from '../policies/commendations.ts';
import * as repo from '../repositories/commendations.ts';
import { historyOf, listPeople, today, type HistoryKind } from './commendations-history.ts';

/** Stored records as the domain's SubjectHistory; only recognised initiatives count. */
export function toSubjectHistory(
  info: SubjectInfo,
  records: readonly repo.RecordRow[],
  initiatives: readonly repo.InitiativeRow[],
): SubjectHistory {
  const of = <T>(type: string) =>
    records.filter((r) => r.type === type).map((r) => ({ id: r.id, ...(r.data as T) }));
  return {
    subject: info,
    ratings: of('rating'),
    awards: of('award'),
    disciplines: of('discipline'),
    openCases: of('case'),
    attestations: of('attestation'),
    absences: of('absence'),
    contributions: of('contribution'),
    initiatives: initiatives
      .filter((i) => i.status === 'recognised' && i.level && i.recognisedOn)
      .map((i) => ({
        id: i.id,
        title: i.title,
        type: 'initiative' as const,
        level: i.level as RecognitionLevel,
        recognisedOn: i.recognisedOn!,
        decisionNo: i.decisionNumber ?? undefined,
      })),
  } as SubjectHistory;
}

/** The eligibility answer for one subject, award and date under the tenant's stored rules. */
export async function checkSubject(
  deps: Deps,
  actor: Actor,
  input: {
    subjectKind: HistoryKind;
    subjectId: string;
    award: string;
    date: string;
    year?: number | undefined;
  },
): Promise<EligibilityResult> {
  const { subject, records, initiatives } = await historyOf(
    deps,
    actor,
    input.subjectKind,
    input.subjectId,
  );
  authorize(historyPolicy, actor, 'checkEligibility', { unitId: subject.unitId });
  const rules = (await repo.listRules(deps.db, actor.tenantId)).map(repo.ruleOf);
  return checkEligibility(
    rules,
    toSubjectHistory(subject.info, records, initiatives),
    input.award,
    input.subjectKind,
    input.date,
    { year: input.year },
  );
}

/**
 * The office's "who may qualify" list for one unit, award and year: every person of the unit
 * (the actor's scope applies) checked, eligible first, then held, then the rest.
 */
export async function candidatesFor(
  deps: Deps,
  actor: Actor,
  input: { unitId: string; year: number; award: string; date?: string | undefined },
) {
  authorize(historyPolicy, actor, 'checkEligibility', { unitId: input.unitId });
  const list = await listPeople(deps, actor, input.unitId);
  const ids = list.map((p) => p.id);
  const [records, initiatives, ruleRows] = await Promise.all([
    repo.recordsOfMany(deps.db, actor.tenantId, 'individual', ids),
    repo.recognisedInitiativesOf(deps.db, actor.tenantId, ids),
    repo.listRules(deps.db, actor.tenantId),
  ]);
  const histories = list.map((p) =>
    toSubjectHistory(
      { id: p.id, kind: 'individual', name: p.fullName, category: p.category as PersonCategory },
      records.filter((r) => r.subjectId === p.id),
      initiatives.filter((i) => i.authorIds.includes(p.id)),
    ),
  );
  const onDate = input.date ?? today(deps);
  const names = new Map(list.map((p) => [p.id, p.fullName]));
  return whoMayQualify(ruleRows.map(repo.ruleOf), histories, input.award, 'individual', onDate, {
    year: input.year,
  }).map((c) => ({ ...c, name: names.get(c.subjectId) ?? '' }));
}
