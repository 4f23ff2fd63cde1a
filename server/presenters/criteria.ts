import type { CriteriaContent } from '../../shared/contracts/criteria-content.ts';
import type {
  CriteriaDiffResponse,
  CriteriaSetListResponse,
  CriteriaSetSummary,
  CriteriaVersionResponse,
  VersionStatus as Status,
  VersionSummary,
} from '../../shared/contracts/criteria.ts';
import { criteriaOf, type CriteriaDiff } from '../domain/criteria/index.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { criteriaPolicy } from '../policies/criteria.ts';
import type { CriteriaVersionRow } from '../repositories/criteria.ts';
import type { SetView, VersionView } from '../services/criteria.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

const presentSummary = (v: CriteriaVersionRow): VersionSummary => ({
  number: v.number,
  status: v.status as Status,
  basedOn: v.basedOn,
  updatedAt: iso(v.updatedAt)!,
  publishedAt: iso(v.publishedAt),
});

const presentSet = (view: SetView): CriteriaSetSummary => ({
  id: view.set.id,
  code: view.set.code,
  kind: view.set.categoryId ? ('category' as const) : ('sector' as const),
  name: { vi: view.set.nameVi, en: view.set.nameEn },
  movementCode: view.set.movementCode,
  startYear: view.set.startYear,
  endYear: view.set.endYear,
  categoryCode: view.set.categoryCode,
  sectorCode: view.set.sectorCode,
  leadUnit:
    view.leadUnitId && view.leadUnitName ? { id: view.leadUnitId, name: view.leadUnitName } : null,
});

export function presentSetList(actor: Actor, views: SetView[]): CriteriaSetListResponse {
  return {
    sets: views
      .filter((v) => v.versions.length > 0)
      .map((view) => {
        const latest = view.versions[0]!;
        const published = view.versions.find((v) => v.status === 'published');
        const can = abilities(criteriaPolicy, actor, view.subjectAt(latest.status as Status));
        return {
          ...presentSet(view),
          latest: presentSummary(latest),
          publishedNumber: published?.number ?? null,
          criteriaCount: criteriaOf(latest.content as CriteriaContent).length,
          abilities: {
            edit: can.edit && latest.status === 'draft',
            publish: can.publish && latest.status === 'draft',
          },
        };
      }),
  };
}

export function presentVersion(actor: Actor, view: VersionView): CriteriaVersionResponse {
  const v = view.version;
  const can = abilities(criteriaPolicy, actor, view.subject);
  const draftOpen = view.versions.some((x) => x.status === 'draft');
  return {
    set: presentSet(view),
    number: v.number,
    status: v.status as Status,
    basedOn: v.basedOn,
    revision: v.revision,
    updatedAt: iso(v.updatedAt)!,
    publishedAt: iso(v.publishedAt),
    publishedBy: v.publishedByName,
    content: v.content as CriteriaContent,
    versions: view.versions.map(presentSummary),
    abilities: {
      edit: can.edit,
      save: can.edit && v.status === 'draft',
      publish: can.publish && v.status === 'draft',
      newVersion: can.newVersion && v.status !== 'draft' && !draftOpen,
    },
  };
}

export function presentDiff(result: {
  from: VersionView;
  to: VersionView;
  diff: CriteriaDiff;
}): CriteriaDiffResponse {
  return {
    set: presentSet(result.from),
    from: presentSummary(result.from.version),
    to: presentSummary(result.to.version),
    ...result.diff,
  };
}
