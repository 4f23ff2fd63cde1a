import { byName } from '../../shared/collation.ts';
import type {
  LocalUnitKind,
  RecognitionLevel,
  SubjectKind,
} from '../../shared/commendations/catalogue.ts';
import type { CandidatesInput, EligibilityInput } from '../../shared/contracts/eligibility.ts';
import type { Deps } from '../deps.ts';
import {
  checkEligibility,
  memberYears,
  whoMayQualify,
  type EligibilityResult,
  type PredecessorHistory,
  type SubjectHistory,
  type SubjectInfo,
} from '../domain/commendations/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { historyPolicy } from '../policies/commendations.ts';
import * as collectives from '../repositories/commendation-collectives.ts';
import * as repo from '../repositories/commendations.ts';
import { publishedLeadsOf } from '../repositories/scores.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { findUnits } from '../repositories/units.ts';
import { predecessorModeOf } from './commendation-settings.ts';
import { listHouseholds } from './commendations-households.ts';
import { predecessorLinks } from './commendations-subject-history.ts';
import { officeOf } from './commendations.ts';
import { listPeople, loadSubject } from './commendations-history.ts';

/** Stored records as the domain's SubjectHistory; only recognised initiatives count. */
export function toSubjectHistory(
  info: SubjectInfo,
  records: readonly repo.RecordRow[],
  initiatives: readonly repo.InitiativeRow[],
  members: SubjectHistory['members'] = [],
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
    members,
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

/**
 * A collective as its standards read it on `date`: its own records and initiatives, the kind of
 * commune it is on that day (NĐ 152/2025 Đ.50 k.2 c), its members' years (the people recorded
 * under the unit), and the ratings and titles of the units merged into it, which stand for it in
 * the years before the merger as the office's setting says (ADR 0021).
 */
async function collectiveHistories(
  deps: Deps,
  tenantId: string,
  units: readonly { id: string; name: string; communeType: string | null }[],
): Promise<SubjectHistory[]> {
  const ids = units.map((u) => u.id);
  const [records, initiatives, people, links, own, leads] = await Promise.all([
    repo.recordsOfMany(deps.db, tenantId, 'collective', ids),
    collectives.initiativesOfUnits(deps.db, tenantId, ids),
    collectives.listPeopleOfUnits(deps.db, tenantId, ids),
    predecessorLinks(deps, tenantId, ids),
    findUnits(deps.db, tenantId, ids),
    publishedLeadsOf(deps.db, tenantId, ids),
  ]);
  const predIds = [...new Set([...links.values()].flat().map((p) => p.id))];
  const predRecords = await repo.recordsOfMany(deps.db, tenantId, 'collective', predIds);
  const existsFrom = new Map(own.map((u) => [u.id, u.validFrom]));
  const memberRecords = await repo.recordsOfMany(
    deps.db,
    tenantId,
    'individual',
    people.map((p) => p.id),
  );
  return units.map((u) => {
    const staff = people.filter((p) => p.unitId === u.id);
    const info: SubjectInfo = {
      id: u.id,
      kind: 'collective',
      name: u.name,
      existsFrom: existsFrom.get(u.id),
      ...(u.communeType ? { localUnitKind: u.communeType as LocalUnitKind } : {}),
    };
    const history = toSubjectHistory(
      info,
      records.filter((r) => r.subjectId === u.id),
      initiatives.filter((i) => i.unitId === u.id),
      memberYears(
        staff.map((p) => ({ id: p.id, name: p.fullName })),
        memberRecords.filter((r) => staff.some((p) => p.id === r.subjectId)),
      ),
    );
    const predecessors: PredecessorHistory[] = (links.get(u.id) ?? []).map((p) => {
      const { ratings = [], awards = [] } = toSubjectHistory(
        { id: p.id, kind: 'collective' },
        predRecords.filter((r) => r.subjectId === p.id),
        [],
      );
      return { ...p, ratings, awards };
    });
    // issue 10: a published year where the unit led its block attests "dẫn đầu cụm, khối thi đua"
    const led = leads
      .filter((l) => l.unitId === u.id)
      .map((l) => ({
        fact: 'block_leader',
        year: l.year,
        ref: `Kết quả thi đua năm ${l.year} (công bố lần ${l.revision}): dẫn đầu ${l.blockName}`,
      }));
    const withLeads = led.length
      ? { ...history, attestations: [...(history.attestations ?? []), ...led] }
      : history;
    return predecessors.length ? { ...withLeads, predecessors } : withLeads;
  });
}

/** The eligibility answer for one subject, award and date under the tenant's stored rules. */
export async function checkSubject(
  deps: Deps,
  actor: Actor,
  input: EligibilityInput,
): Promise<EligibilityResult> {
  const subject = await loadSubject(deps, actor, input.subjectKind, input.subjectId);
  authorize(historyPolicy, actor, 'checkEligibility', subject);
  const tenantId = actor.tenantId;
  let history: SubjectHistory;
  if (input.subjectKind === 'collective') {
    const communeType = await collectives.communeTypeOn(deps.db, tenantId, subject.id, input.date);
    [history] = (await collectiveHistories(deps, tenantId, [
      { id: subject.id, name: subject.unitName, communeType },
    ])) as [SubjectHistory];
  } else {
    const records = await repo.recordsOf(deps.db, tenantId, input.subjectKind, subject.id);
    const initiatives =
      input.subjectKind === 'individual'
        ? await repo.initiativesOfPerson(deps.db, tenantId, subject.id)
        : [];
    history = toSubjectHistory(subject.info, records, initiatives);
  }
  const rules = (await repo.listRules(deps.db, tenantId)).map(repo.ruleOf);
  return checkEligibility(rules, history, input.award, input.subjectKind, input.date, {
    year: input.year,
    predecessorMode: await predecessorModeOf(deps, tenantId),
  });
}

/** The subjects of one kind a unit's list covers, each as a history to check. */
async function candidateHistories(
  deps: Deps,
  actor: Actor,
  unitId: string,
  kind: SubjectKind,
  onDate: string,
): Promise<SubjectHistory[]> {
  const tenantId = actor.tenantId;
  if (kind === 'collective') {
    // the unit itself and the units under it that day
    const [name] = (await unitNamesOn(deps.db, tenantId, [unitId], onDate)).values();
    const own = {
      id: unitId,
      name: name ?? '',
      communeType: await collectives.communeTypeOn(deps.db, tenantId, unitId, onDate),
    };
    const children = await collectives.childUnitsOn(deps.db, tenantId, unitId, onDate);
    return collectiveHistories(deps, tenantId, [own, ...children]);
  }
  if (kind === 'household') {
    const list = await listHouseholds(deps, actor, unitId);
    const records = await repo.recordsOfMany(
      deps.db,
      tenantId,
      'household',
      list.map((h) => h.id),
    );
    return list.map((h) =>
      toSubjectHistory(
        { id: h.id, kind: 'household', name: h.headName },
        records.filter((r) => r.subjectId === h.id),
        [],
      ),
    );
  }
  const list = await listPeople(deps, actor, unitId);
  const ids = list.map((p) => p.id);
  const [records, initiatives] = await Promise.all([
    repo.recordsOfMany(deps.db, tenantId, 'individual', ids),
    repo.recognisedInitiativesOf(deps.db, tenantId, ids),
  ]);
  return list.map((p) =>
    toSubjectHistory(
      { id: p.id, kind: 'individual', name: p.fullName, category: p.category },
      records.filter((r) => r.subjectId === p.id),
      initiatives.filter((i) => i.authorIds.includes(p.id)),
    ),
  );
}

/**
 * The office's "who may qualify" list for one unit, award and year: the unit's people (or its
 * households, or the unit and the units under it) checked, eligible first, then held, then the
 * rest. The actor's scope applies.
 */
export async function candidatesFor(deps: Deps, actor: Actor, input: CandidatesInput) {
  const office = await officeOf(deps, actor);
  authorize(historyPolicy, actor, 'checkEligibility', { ...office, unitId: input.unitId });
  const kind = input.subjectKind ?? 'individual';
  const onDate = input.date ?? deps.today();
  // by name first, so each verdict's subjects keep Vietnamese order (the verdict sort is stable)
  const histories = (await candidateHistories(deps, actor, input.unitId, kind, onDate)).sort(
    byName((h) => h.subject.name ?? ''),
  );
  const rules = (await repo.listRules(deps.db, actor.tenantId)).map(repo.ruleOf);
  const names = new Map(histories.map((h) => [h.subject.id, h.subject.name ?? '']));
  const predecessorMode = await predecessorModeOf(deps, actor.tenantId);
  return whoMayQualify(rules, histories, input.award, kind, onDate, {
    year: input.year,
    predecessorMode,
  }).map((c) => ({ ...c, subjectKind: kind, name: names.get(c.subjectId) ?? '' }));
}
