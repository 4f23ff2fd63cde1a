import { AppError, invalid, notFound } from '../../shared/errors.ts';
import type { Deps } from '../deps.ts';
import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import { diffVersions, type CriteriaDiff } from '../domain/criteria/index.ts';
import type { Actor } from '../policies/actor.ts';
import { authorize } from '../policies/authorize.ts';
import { criteriaPolicy, readsDrafts, type CriteriaSubject } from '../policies/criteria.ts';
import type { Executor } from '../db/client.ts';
import * as repo from '../repositories/criteria.ts';
import { currentBodies } from '../repositories/movements.ts';
import { rootOf, unitNamesOn } from '../repositories/unit-names.ts';

/** A set as the service hands it on: the row, its lead body today and the policy subject. */
export interface SetView {
  set: repo.CriteriaSetInfo;
  leadUnitId: string | null;
  leadUnitName: string | null;
  /** Versions the actor may read, newest first. */
  versions: repo.CriteriaVersionRow[];
  subjectAt: (status: CriteriaSubject['status']) => CriteriaSubject;
}

export interface VersionView extends SetView {
  version: repo.CriteriaVersionRow;
  subject: CriteriaSubject;
}

/** Builds set views: lead bodies today (a merged lead department hands over to its successor). */
async function viewsOf(
  db: Executor,
  deps: Deps,
  actor: Actor,
  sets: repo.CriteriaSetInfo[],
): Promise<SetView[]> {
  const today = deps.today();
  const rootUnitId = await rootOf(db, actor.tenantId);
  const leads = [...new Set(sets.flatMap((s) => (s.sectorLeadUnitId ? [s.sectorLeadUnitId] : [])))];
  const bodies = await currentBodies(db, actor.tenantId, leads, today);
  const names = await unitNamesOn(db, actor.tenantId, [...new Set(bodies.values())], today);
  const versions = await repo.versionsOf(
    db,
    actor.tenantId,
    sets.map((s) => s.id),
    readsDrafts(actor),
  );
  return sets.map((set) => {
    const leadUnitId = set.sectorLeadUnitId
      ? (bodies.get(set.sectorLeadUnitId) ?? set.sectorLeadUnitId)
      : null;
    return {
      set,
      leadUnitId,
      leadUnitName: leadUnitId ? (names.get(leadUnitId) ?? null) : null,
      versions: versions.filter((v) => v.setId === set.id),
      subjectAt: (status) => ({
        kind: set.categoryId ? 'category' : 'sector',
        leadUnitId,
        rootUnitId,
        status,
      }),
    };
  });
}

/** Sets the actor may read, each with its versions; filters are plan codes. */
export async function listCriteriaSets(
  deps: Deps,
  actor: Actor,
  filter: repo.SetFilter,
): Promise<SetView[]> {
  const sets = await repo.listSets(deps.db, actor.tenantId, filter, readsDrafts(actor));
  return viewsOf(deps.db, deps, actor, sets);
}

/** One version, loaded then authorized to read (NotFound hides drafts from readers). */
export async function loadVersion(
  db: Executor,
  deps: Deps,
  actor: Actor,
  setId: string,
  number: number,
  forUpdate = false,
): Promise<VersionView> {
  const set = await repo.findSet(db, actor.tenantId, setId);
  if (!set) throw notFound();
  const version = await repo.findVersion(db, actor.tenantId, setId, number, forUpdate);
  if (!version) throw notFound();
  const [view] = await viewsOf(db, deps, actor, [set]);
  const subject = view!.subjectAt(version.status as CriteriaSubject['status']);
  authorize(criteriaPolicy, actor, 'read', subject);
  return { ...view!, version, subject };
}

export async function getCriteriaVersion(
  deps: Deps,
  actor: Actor,
  setId: string,
  number: number,
): Promise<VersionView> {
  return loadVersion(deps.db, deps, actor, setId, number);
}

/** The changes from version `from` to version `to` of one set. */
export async function diffCriteriaVersions(
  deps: Deps,
  actor: Actor,
  setId: string,
  from: number,
  to: number,
): Promise<{ from: VersionView; to: VersionView; diff: CriteriaDiff }> {
  if (from === to) throw invalid({ to: { key: 'invalid_value' } });
  const a = await loadVersion(deps.db, deps, actor, setId, from);
  const b = await loadVersion(deps.db, deps, actor, setId, to);
  return {
    from: a,
    to: b,
    diff: diffVersions(a.version.content as CriteriaContent, b.version.content as CriteriaContent),
  };
}

/** 409 for a write on a frozen version, offering a new version from it. */
export const publishedConflict = (number: number) =>
  new AppError(409, 'criteria_version_published', undefined, { number });
