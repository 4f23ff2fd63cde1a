import type { Executor } from '../db/client.ts';
import { normalise } from '../domain/plans/index.ts';
import * as movementsRepo from '../repositories/movements.ts';
import type { PlanContent } from '../../shared/contracts/plan-content.ts';

type Movement = movementsRepo.MovementRow;
const t = (vi: string, en: string | null) => ({ vi, en: en ?? '' });

/** The plan as the tables hold it (the seed as loaded), as one version document. */
export async function contentFromTables(
  tx: Executor,
  m: Movement,
  issue: { recipients: string[]; archive: string } = { recipients: [], archive: 'VT' },
): Promise<PlanContent> {
  const ids = [m.id];
  const [phases, sections, targets, categories, sectors] = await Promise.all([
    movementsRepo.phasesOf(tx, m.tenantId, ids),
    movementsRepo.sectionsOf(tx, m.tenantId, ids),
    movementsRepo.targetsOf(tx, m.tenantId, ids),
    movementsRepo.categoriesOf(tx, m.tenantId, m.id),
    movementsRepo.sectorsOf(tx, m.tenantId, m.id),
  ]);
  return normalise({
    title: t(m.titleVi, m.titleEn),
    startYear: m.startYear,
    endYear: m.endYear,
    sections: sections.map((s) => ({
      kind: s.kind as PlanContent['sections'][number]['kind'],
      area: s.area === 'thrift' || s.area === 'infrastructure' ? s.area : null,
      clause: s.clause,
      text: t(s.textVi, s.textEn),
      unitId: s.unitId,
    })),
    phases: phases.phases.map((p) => ({
      code: p.code,
      name: t(p.nameVi, p.nameEn),
      startYear: p.startYear,
      endYear: p.endYear,
      description: t(p.descriptionVi, p.descriptionEn),
      milestones: phases.milestones
        .filter((ms) => ms.phaseId === p.id)
        .map((ms) => ({
          kind: ms.kind as 'plan_issued',
          dueYear: ms.dueYear,
          dueQuarter: ms.dueQuarter,
          name: t(ms.nameVi, ms.nameEn),
        })),
    })),
    categories: categories.categories.map((c) => {
      const criteria = categories.criteria.filter((cr) => cr.categoryId === c.id);
      const groups = [...new Set(criteria.map((cr) => cr.groupCode))];
      return {
        code: c.code,
        clause: c.clause,
        name: t(c.nameVi, c.nameEn),
        groups: groups.map((code) => {
          const inGroup = criteria.filter((cr) => cr.groupCode === code);
          return {
            code,
            name: t(inGroup[0]!.groupVi, inGroup[0]!.groupEn),
            criteria: inGroup.map((cr) => ({ code: cr.code, text: t(cr.textVi, cr.textEn) })),
          };
        }),
      };
    }),
    targets: targets.targets.map((x) => ({
      code: x.code,
      area: x.area === 'infrastructure' ? 'infrastructure' : 'thrift',
      name: t(x.nameVi, x.nameEn),
      measure: x.measure as PlanContent['targets'][number]['measure'],
      direction: x.direction as PlanContent['targets'][number]['direction'],
      clause: x.clause,
      source: x.sourceVi,
      baselineYear: x.baselineYear,
      baselineValue: x.baselineValue === null ? null : Number(x.baselineValue),
      values: targets.values
        .filter((v) => v.targetId === x.id)
        .map((v) => ({
          year: v.year,
          value: Number(v.value),
          comparator: v.comparator as '≥',
          note: v.noteVi ? t(v.noteVi, v.noteEn) : null,
        })),
    })),
    sectors: sectors.map((s) => ({
      code: s.code,
      name: t(s.nameVi, s.nameEn),
      duty: t(s.dutyVi, s.dutyEn),
      leadUnitId: s.leadUnitId,
      extra: s.extra ?? null,
    })),
    recipients: issue.recipients,
    archive: issue.archive,
  });
}
