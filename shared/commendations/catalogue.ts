import { commendationForms } from './forms.ts';
import { emulationTitles } from './titles.ts';
import type { AwardDefinition, DatedMultiplier, SubjectKind } from './types.ts';

export * from './types.ts';
export { baseSalaryTable, type BaseSalaryEntry } from './base-salary.ts';
export { instruments, decree152From, decree98To, law2022From } from './sources.ts';

/**
 * The catalogue of emulation titles and forms of commendation as data: who confers each, for whom,
 * of which kinds, its dated cash multipliers and the dossier it needs, each with its citation.
 */
export const catalogue: readonly AwardDefinition[] = [...emulationTitles, ...commendationForms];

const byCode = new Map(catalogue.map((a) => [a.code, a]));

export const awardCodes: readonly string[] = catalogue.map((a) => a.code);

export function findAward(
  code: string,
  awards: readonly AwardDefinition[] = catalogue,
): AwardDefinition | undefined {
  return awards === catalogue ? byCode.get(code) : awards.find((a) => a.code === code);
}

/** `date` within [from, to] where `to` is the last day in force; ISO strings compare as dates. */
export function inForce(from: string, to: string | undefined, date: string): boolean {
  return from <= date && (to === undefined || date <= to);
}

/** The multiplier that applies to a decision of `date` for `subject`, if the award carries cash. */
export function multiplierOn(
  award: AwardDefinition,
  subject: SubjectKind,
  date: string,
): DatedMultiplier | undefined {
  return award.multipliers.find(
    (m) => m.subject === subject && inForce(m.effectiveFrom, m.effectiveTo, date),
  );
}

/** Whether the award could be conferred at all on `date` (e.g. district-level forms end 2025-06-30). */
export function conferrableOn(award: AwardDefinition, date: string): boolean {
  return inForce(award.conferrableFrom ?? '0000-01-01', award.conferrableTo, date);
}
