import type {
  PlanContent,
  PlanSection,
  PlanTargetItem,
  PlanText,
} from '../../../shared/contracts/plan-content.ts';
import type { Comparator } from '../../../shared/contracts/targets.ts';
import {
  newVersionFrom,
  type PlanTransitionError,
  type PlanVersionState,
  type Result,
} from './versions.ts';

export type StarterError = PlanTransitionError | { code: 'plan_phase_unknown'; phase: string };

const defaultComparator: Record<PlanTargetItem['direction'], Comparator> = {
  higher: '≥',
  lower: '<',
  target: '≈',
};

/** A target with every year of the phase present: the years it lacks opened (value null). */
function openYears(target: PlanTargetItem, from: number, to: number): PlanTargetItem {
  const byYear = new Map(target.values.map((v) => [v.year, v]));
  const last = target.values[target.values.length - 1];
  for (let year = from; year <= to; year++)
    if (!byYear.has(year))
      byYear.set(year, {
        year,
        value: null,
        comparator: last?.comparator ?? defaultComparator[target.direction],
        note: null,
      });
  return { ...target, values: [...byYear.values()].sort((a, b) => a.year - b.year) };
}

/**
 * The draft for a phase (e.g. 2026–2030): a copy of `source` where every target has each
 * year of the phase, the years without a value opened for the office to fill (issuing
 * refuses an open year), and the interim review's findings attached as sections.
 */
export function phaseStarter(
  source: PlanVersionState,
  number: number,
  phaseCode: string,
  findings: PlanText[],
): Result<PlanVersionState, StarterError> {
  const phase = source.content.phases.find((p) => p.code === phaseCode);
  if (!phase) return { ok: false, error: { code: 'plan_phase_unknown', phase: phaseCode } };
  const next = newVersionFrom(source, number);
  if (!next.ok) return next;
  const content: PlanContent = next.value.content;
  const findingSections: PlanSection[] = findings.map((text, i) => ({
    kind: 'finding',
    area: null,
    clause: `${phase.code}.${i + 1}`,
    text,
    unitId: null,
  }));
  return {
    ok: true,
    value: {
      ...next.value,
      content: {
        ...content,
        targets: content.targets.map((t) => openYears(t, phase.startYear, phase.endYear)),
        sections: findings.length
          ? [...content.sections.filter((s) => s.kind !== 'finding'), ...findingSections]
          : content.sections,
      },
    },
  };
}
