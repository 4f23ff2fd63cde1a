import type { PlanContent } from '../../shared/contracts/plan-content.ts';
import type {
  DecisionField,
  InstrumentKind,
  PlanDiffResponse,
  PlanVersionList,
  PlanVersionResponse,
  PlanVersionStatus,
  PlanVersionSummary,
  PublicPlanDetail,
} from '../../shared/contracts/plans.ts';
import type { MovementSummary } from '../../shared/contracts/movements.ts';
import type { YearValue } from '../domain/plans/index.ts';
import { abilities, type Actor } from '../policies/actor.ts';
import { planPolicy } from '../policies/plans.ts';
import type { PlanVersionRow } from '../repositories/plans.ts';
import type { MovementRow, PlanVersionView, PlanView, PublicPlan } from '../services/plans.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const movementRef = (m: MovementRow) => ({ code: m.code, title: { vi: m.titleVi, en: m.titleEn } });

export function presentVersionSummary(v: PlanVersionRow, plan: PlanView): PlanVersionSummary {
  const period = plan.periods.get(v.number);
  const status = v.status as PlanVersionStatus;
  return {
    number: v.number,
    status,
    basedOn: v.basedOn,
    decision:
      status === 'draft'
        ? null
        : {
            kind: (v.decisionKind ?? 'decision') as InstrumentKind,
            number: v.decisionNumber,
            date: v.decisionDate,
            signerName: v.signerName,
            signerTitle: v.signerTitle,
            unknown: v.unknownFields as DecisionField[],
          },
    effectiveFrom: period?.from ?? null,
    effectiveTo: period?.to ?? null,
    updatedAt: v.updatedAt.toISOString(),
  };
}

export function presentPlanList(
  actor: Actor,
  plan: PlanView,
  inForce: number | null,
  today: string,
): PlanVersionList {
  const can = abilities(planPolicy, actor, plan.subjectAt('issued'));
  const year = Number(today.slice(0, 4));
  const latest = plan.versions.find((v) => v.status !== 'draft');
  const phases = latest ? (latest.content as PlanContent).phases : [];
  return {
    movement: movementRef(plan.movement),
    versions: plan.versions.map((v) => presentVersionSummary(v, plan)),
    inForce,
    phases: phases
      .filter((p) => p.endYear >= year)
      .map((p) => ({ code: p.code, name: p.name, startYear: p.startYear, endYear: p.endYear })),
    abilities: { newVersion: can.newVersion },
  };
}

export function presentPlanVersion(actor: Actor, view: PlanVersionView): PlanVersionResponse {
  const can = abilities(planPolicy, actor, view.subject);
  const draft = view.version.status === 'draft';
  return {
    ...presentVersionSummary(view.version, view),
    movement: movementRef(view.movement),
    revision: view.version.revision,
    issuedAt: iso(view.version.issuedAt),
    issuedBy: view.version.issuedByName,
    content: view.version.content as PlanContent,
    versions: view.versions.map((v) => presentVersionSummary(v, view)),
    abilities: {
      save: draft && can.edit,
      issue: draft && can.issue,
      newVersion: !draft && can.newVersion,
    },
  };
}

export function presentPlanDiff(d: {
  plan: PlanView;
  from: PlanVersionRow;
  to: PlanVersionRow;
  changes: PlanDiffResponse['changes'];
}): PlanDiffResponse {
  return {
    movement: movementRef(d.plan.movement),
    from: presentVersionSummary(d.from, d.plan),
    to: presentVersionSummary(d.to, d.plan),
    changes: d.changes,
  };
}

const ofKind = (c: PlanContent, kind: string) =>
  c.sections.filter((s) => s.kind === kind).map((s) => ({ clause: s.clause, text: s.text }));

/** The public summary of a plan version (the landing page's cards). */
export function presentPlanSummary(
  m: MovementRow,
  c: PlanContent,
  setBy: Map<string, YearValue[]>,
): MovementSummary {
  return {
    code: m.code,
    title: c.title,
    startYear: c.startYear,
    endYear: c.endYear,
    phases: c.phases.map((p) => ({
      code: p.code,
      name: p.name,
      startYear: p.startYear,
      endYear: p.endYear,
      description: p.description,
      milestones: p.milestones,
    })),
    contentLines: c.sections
      .filter((s) => s.kind === 'content_line')
      .map((s) => ({ clause: s.clause, text: s.text, area: s.area ?? 'infrastructure' })),
    targets: c.targets.map((t) => ({
      code: t.code,
      area: t.area,
      name: t.name,
      measure: t.measure,
      direction: t.direction,
      clause: t.clause,
      source: t.source,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue,
      values: (setBy.get(t.code) ?? []).flatMap((v) =>
        v.value === null
          ? []
          : [
              {
                year: v.year,
                value: v.value,
                comparator: v.comparator,
                note: v.note,
                setBy: v.setBy,
              },
            ],
      ),
    })),
  };
}

/** The public plan page: the version in force on the day asked, in the movement's shape. */
export function presentPublicPlan(p: PublicPlan): PublicPlanDetail {
  const { content: c, plan } = p;
  const m = plan.movement;
  const ref = (id: string, names: Map<string, string>) => ({ id, name: names.get(id) ?? '' });
  const issued = plan.versions.filter((v) => v.status !== 'draft');
  return {
    ...presentPlanSummary(m, c, p.setBy),
    document: m.documentVi,
    signer: p.version.signerName,
    issuer: m.issuerUnitId ? ref(m.issuerUnitId, p.namesNow) : null,
    legalBases: ofKind(c, 'legal_basis'),
    purposes: ofKind(c, 'purpose'),
    requirements: ofKind(c, 'requirement'),
    solutions: ofKind(c, 'solution'),
    commendationForms: ofKind(c, 'commendation_form'),
    findings: ofKind(c, 'finding'),
    duties: c.sections
      .filter((s) => s.kind === 'duty')
      .map((s) => ({
        clause: s.clause,
        text: s.text,
        unitId: s.unitId,
        unitName: s.unitId ? (p.namesThen.get(s.unitId) ?? null) : null,
      })),
    categories: c.categories.map((cat) => ({
      code: cat.code,
      clause: cat.clause,
      name: cat.name,
      groups: cat.groups,
    })),
    sectors: c.sectors.map((s) => {
      const currentId = p.current.get(s.leadUnitId);
      return {
        code: s.code,
        name: s.name,
        duty: s.duty,
        leadUnit: ref(s.leadUnitId, p.namesThen),
        currentLead: currentId ? ref(currentId, p.namesNow) : null,
      };
    }),
    asOf: p.asOf,
    version: presentVersionSummary(p.version, plan),
    versions: issued.map((v) => presentVersionSummary(v, plan)),
  };
}
