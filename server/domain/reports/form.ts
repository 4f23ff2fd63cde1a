import {
  narrativeSections,
  type FormField,
  type FormSection,
} from '../../../shared/contracts/reports.ts';
import type { CriteriaContent, Criterion } from '../../../shared/contracts/criteria-content.ts';

/**
 * The units that report on a movement: those the units-and-localities criteria set is for
 * (plan III.1.a — departments, districts, communes). Other kinds are grouping units.
 */
export const reportingUnitKinds: readonly string[] = [
  'provincial_department',
  'district',
  'commune',
];

/** A criterion applies to a unit when it names no kinds or names the unit's kind. */
export const appliesTo = (c: Criterion, unitKind: string) =>
  c.unitKinds.length === 0 || (c.unitKinds as string[]).includes(unitKind);

export const answerKey = (code: string) => `answers.${code}`;
export const evidenceKey = (code: string) => `evidence.${code}`;

function fieldOf(c: Criterion, year: number, committed: Record<string, number>): FormField {
  const base = { key: answerKey(c.code), code: c.code, name: c.name, maxPoints: c.maxPoints };
  switch (c.kind) {
    case 'quantitative':
      return {
        ...base,
        kind: c.kind,
        indicator: c.indicator,
        measure: c.measure,
        direction: c.direction,
        aggregation: c.aggregation,
        target: c.targets.find((t) => t.year === year)?.value ?? null,
        committed: committed[c.code] ?? null,
      };
    case 'qualitative':
      return {
        ...base,
        kind: c.kind,
        scale: c.scale,
        levels: c.levels,
        evidenceRequired: c.evidenceRequired,
      };
    default:
      return { ...base, kind: c.kind, pointsPerEvent: c.pointsPerEvent, cap: c.cap };
  }
}

/**
 * The report form of a unit: the groups of its criteria version with the criteria that apply
 * to its kind, each quantitative field carrying the year's target and the unit's commitment.
 * Groups left empty are dropped.
 */
export function buildForm(
  content: CriteriaContent,
  unitKind: string,
  year: number,
  committed: Record<string, number> = {},
): FormSection[] {
  return content.groups
    .map((g) => ({
      group: g.name,
      fields: g.criteria
        .filter((c) => appliesTo(c, unitKind))
        .map((c) => fieldOf(c, year, committed)),
    }))
    .filter((s) => s.fields.length > 0);
}

/** The criteria of a version that apply to a unit, by code. */
export function applicableCriteria(
  content: CriteriaContent,
  unitKind: string,
): Map<string, Criterion> {
  return new Map(
    content.groups
      .flatMap((g) => g.criteria)
      .filter((c) => appliesTo(c, unitKind))
      .map((c) => [c.code, c]),
  );
}

/** Every field key of a unit's form: a return reason must name one of these. */
export function formFieldKeys(content: CriteriaContent, unitKind: string): Set<string> {
  const keys = new Set<string>(narrativeSections.map((s) => `narrative.${s}`));
  for (const code of applicableCriteria(content, unitKind).keys()) {
    keys.add(answerKey(code));
    keys.add(evidenceKey(code));
  }
  return keys;
}
