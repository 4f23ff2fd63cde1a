import type { SubjectKind } from '../../shared/commendations/catalogue.ts';
import type { Deps } from '../deps.ts';
import { lineage, type UnitEvent } from '../domain/units/index.ts';
import type { Actor } from '../policies/actor.ts';
import * as collectives from '../repositories/commendation-collectives.ts';
import * as repo from '../repositories/commendations.ts';
import { unitNamesOn } from '../repositories/unit-names.ts';
import { findUnits, lineageEvents } from '../repositories/units.ts';
import { loadSubject, type LoadedSubject } from './commendations-history.ts';

/** A record of a unit that was merged (or split wholly) into the collective being shown. */
export interface InheritedRecord extends repo.RecordRow {
  fromUnitId: string;
  fromUnitName: string;
}

export interface SubjectHistoryView {
  subject: LoadedSubject;
  /** The subject's own records: what eligibility counts. */
  records: repo.RecordRow[];
  /** For a collective: its predecessors' records, labelled with the predecessor. */
  inherited: InheritedRecord[];
  initiatives: repo.InitiativeRow[];
}

/**
 * Drops the links where a successor took over only a share of a unit (ADR 0003): such a
 * successor does not inherit the unit's records, as it does not inherit its readers.
 */
const wholeSuccessions = (events: readonly UnitEvent[]): UnitEvent[] =>
  events.map((e) => ({ ...e, parties: e.parties.filter((p) => p.share === null) }));

/** Units whose records pass to `unitId` through mergers (transitively), each with its last name. */
export async function predecessorsOf(deps: Deps, tenantId: string, unitId: string) {
  return (await predecessorLinks(deps, tenantId, [unitId])).get(unitId) ?? [];
}

/** A unit merged wholly into another: since when it belongs to it, and whether the link is checked. */
export interface PredecessorLink {
  id: string;
  name: string;
  /** The effective date of its merger into the next unit of the lineage. */
  mergedOn: string;
  /** The unit's own first day. */
  existsFrom: string;
  verified: boolean;
}

/** For each unit, the units merged wholly into it (transitively); one read of the lineage for all. */
export async function predecessorLinks(
  deps: Deps,
  tenantId: string,
  unitIds: readonly string[],
): Promise<Map<string, PredecessorLink[]>> {
  const events = wholeSuccessions(await lineageEvents(deps.db, tenantId));
  const found = new Map(unitIds.map((id) => [id, lineage(id, events).predecessors]));
  const ids = [...new Set([...found.values()].flat().map((p) => p.unitId))];
  const [names, units] = await Promise.all([
    unitNamesOn(deps.db, tenantId, ids, deps.today()),
    findUnits(deps.db, tenantId, ids),
  ]);
  const from = new Map(units.map((u) => [u.id, u.validFrom]));
  return new Map(
    [...found].map(([id, preds]) => [
      id,
      preds.map((p) => ({
        id: p.unitId,
        name: names.get(p.unitId) ?? '',
        mergedOn: p.effectiveDate,
        existsFrom: from.get(p.unitId) ?? p.effectiveDate,
        verified: p.verified,
      })),
    ]),
  );
}

/**
 * The subject's history: for a person their records and the initiatives they authored; for a
 * household its records; for a collective its records and initiatives plus those of every unit
 * merged into it, labelled, so the history follows the unit through mergers.
 */
export async function historyOf(
  deps: Deps,
  actor: Actor,
  kind: SubjectKind,
  id: string,
): Promise<SubjectHistoryView> {
  const subject = await loadSubject(deps, actor, kind, id);
  const tenantId = actor.tenantId;
  if (kind === 'individual') {
    const records = await repo.recordsOf(deps.db, tenantId, kind, id);
    const initiatives = await repo.initiativesOfPerson(deps.db, tenantId, id);
    return { subject, records, inherited: [], initiatives };
  }
  if (kind === 'household')
    return {
      subject,
      records: await repo.recordsOf(deps.db, tenantId, kind, id),
      inherited: [],
      initiatives: [],
    };
  const predecessors = await predecessorsOf(deps, tenantId, id);
  const names = new Map(predecessors.map((p) => [p.id, p.name]));
  const ids = [id, ...predecessors.map((p) => p.id)];
  const all = await repo.recordsOfMany(deps.db, tenantId, 'collective', ids);
  const byNewest = (a: repo.RecordRow, b: repo.RecordRow) =>
    (b.year ?? 0) - (a.year ?? 0) || a.createdAt.getTime() - b.createdAt.getTime();
  return {
    subject,
    records: all.filter((r) => r.subjectId === id).sort(byNewest),
    inherited: all
      .filter((r) => r.subjectId !== id)
      .sort(byNewest)
      .map((r) => ({ ...r, fromUnitId: r.subjectId, fromUnitName: names.get(r.subjectId) ?? '' })),
    initiatives: await collectives.initiativesOfUnits(deps.db, tenantId, ids),
  };
}
