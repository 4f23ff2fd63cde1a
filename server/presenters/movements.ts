import type * as repo from '../repositories/movements.ts';
import type { MovementDetail, MovementSummary } from '../../shared/contracts/movements.ts';

type Phases = Awaited<ReturnType<typeof repo.phasesOf>>;
type Sections = Awaited<ReturnType<typeof repo.sectionsOf>>;
type Targets = Awaited<ReturnType<typeof repo.targetsOf>>;
type Categories = Awaited<ReturnType<typeof repo.categoriesOf>>;
type Sectors = Awaited<ReturnType<typeof repo.sectorsOf>>;

const text = (vi: string, en: string) => ({ vi, en });
const num = (v: string | null) => (v === null ? null : Number(v));
const section = (s: Sections[number]) => ({ clause: s.clause, text: text(s.textVi, s.textEn) });

function summary(
  m: repo.MovementRow,
  phases: Phases,
  sections: Sections,
  targets: Targets,
): MovementSummary {
  return {
    code: m.code,
    title: text(m.titleVi, m.titleEn),
    startYear: m.startYear,
    endYear: m.endYear,
    phases: phases.phases
      .filter((p) => p.movementId === m.id)
      .map((p) => ({
        code: p.code,
        name: text(p.nameVi, p.nameEn),
        startYear: p.startYear,
        endYear: p.endYear,
        description: text(p.descriptionVi, p.descriptionEn),
        milestones: phases.milestones
          .filter((ms) => ms.phaseId === p.id)
          .map((ms) => ({
            kind: ms.kind,
            dueYear: ms.dueYear,
            dueQuarter: ms.dueQuarter,
            name: text(ms.nameVi, ms.nameEn),
          })),
      })),
    contentLines: sections
      .filter((s) => s.movementId === m.id && s.kind === 'content_line')
      .map((s) => ({
        ...section(s),
        area: s.area === 'thrift' ? ('thrift' as const) : ('infrastructure' as const),
      })),
    targets: targets.targets
      .filter((t) => t.movementId === m.id)
      .map((t) => ({
        code: t.code,
        area: t.area,
        name: text(t.nameVi, t.nameEn),
        measure: t.measure,
        direction: t.direction,
        clause: t.clause,
        source: t.sourceVi,
        baselineYear: t.baselineYear,
        baselineValue: num(t.baselineValue),
        values: targets.values
          .filter((v) => v.targetId === t.id)
          .map((v) => ({
            year: v.year,
            value: Number(v.value),
            comparator: v.comparator,
            note: v.noteVi ? text(v.noteVi, v.noteEn ?? v.noteVi) : null,
          })),
      })),
  };
}

export function presentMovementSummaries({
  movements,
  phases,
  sections,
  targets,
}: {
  movements: repo.MovementRow[];
  phases: Phases;
  sections: Sections;
  targets: Targets;
}): MovementSummary[] {
  return movements.map((m) => summary(m, phases, sections, targets));
}

export function presentMovementDetail(input: {
  movement: repo.MovementRow;
  phases: Phases;
  sections: Sections;
  targets: Targets;
  categories: Categories;
  sectors: Sectors;
  current: Map<string, string>;
  namesThen: Map<string, string>;
  namesNow: Map<string, string>;
}): MovementDetail {
  const { movement: m, sections, namesThen, namesNow } = input;
  const ofKind = (kind: string) => sections.filter((s) => s.kind === kind).map(section);
  const ref = (id: string, names: Map<string, string>) => ({ id, name: names.get(id) ?? '' });
  return {
    ...summary(m, input.phases, sections, input.targets),
    document: m.documentVi,
    signer: m.signerName,
    issuer: m.issuerUnitId ? ref(m.issuerUnitId, namesNow) : null,
    legalBases: ofKind('legal_basis'),
    purposes: ofKind('purpose'),
    requirements: ofKind('requirement'),
    solutions: ofKind('solution'),
    commendationForms: ofKind('commendation_form'),
    duties: sections
      .filter((s) => s.kind === 'duty')
      .map((s) => ({
        ...section(s),
        unitId: s.unitId,
        unitName: s.unitId ? (namesThen.get(s.unitId) ?? null) : null,
      })),
    categories: input.categories.categories.map((c) => {
      const criteria = input.categories.criteria.filter((cr) => cr.categoryId === c.id);
      const groupCodes = [...new Set(criteria.map((cr) => cr.groupCode))];
      return {
        code: c.code,
        clause: c.clause,
        name: text(c.nameVi, c.nameEn),
        groups: groupCodes.map((code) => {
          const inGroup = criteria.filter((cr) => cr.groupCode === code);
          return {
            code,
            name: text(inGroup[0]!.groupVi, inGroup[0]!.groupEn),
            criteria: inGroup.map((cr) => ({ code: cr.code, text: text(cr.textVi, cr.textEn) })),
          };
        }),
      };
    }),
    sectors: input.sectors.map((s) => {
      const currentId = input.current.get(s.leadUnitId);
      return {
        code: s.code,
        name: text(s.nameVi, s.nameEn),
        duty: text(s.dutyVi, s.dutyEn),
        leadUnit: ref(s.leadUnitId, namesThen),
        currentLead: currentId ? ref(currentId, namesNow) : null,
      };
    }),
  };
}
