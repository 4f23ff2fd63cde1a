import { findAward, type AwardDefinition } from '../../../shared/commendations/catalogue.ts';
import { appliesInYear } from '../../../shared/criterion-years.ts';
import type { FieldProblem } from '../../../shared/errors.ts';
import type { CriteriaContent, Criterion } from '../../../shared/contracts/criteria-content.ts';
import type { Commitments } from '../../../shared/contracts/registrations.ts';

export type Quantitative = Extract<Criterion, { kind: 'quantitative' }>;

const ofUnitKind = (content: CriteriaContent, unitKind: string): Quantitative[] =>
  content.groups
    .flatMap((g) => g.criteria)
    .filter(
      (c): c is Quantitative =>
        c.kind === 'quantitative' &&
        (c.unitKinds.length === 0 || (c.unitKinds as string[]).includes(unitKind)),
    );

/** The quantitative criteria of a version that apply to a unit of `unitKind` in `year`. */
export const quantitativeCriteria = (content: CriteriaContent, unitKind: string, year: number) =>
  ofUnitKind(content, unitKind).filter((c) => appliesInYear(c, year));

const percent = (measure: string) => measure.trim() === '%';

/** The problem with one committed value, if any: finite, not negative, at most 100 for a percentage. */
export function checkCommittedValue(c: Quantitative, value: number): FieldProblem | undefined {
  const max = percent(c.measure) ? 100 : 1e12;
  if (!Number.isFinite(value) || value < 0 || value > max)
    return { key: 'registration_value_out_of_range', params: { min: 0, max } };
  return undefined;
}

function checkTitle(
  code: string,
  subject: 'collective' | 'individual',
  lookup: (code: string) => AwardDefinition | undefined,
): FieldProblem | undefined {
  const award = lookup(code);
  if (!award || award.category !== 'title')
    return { key: 'registration_title_unknown', params: { code } };
  if (!award.subjects.includes(subject))
    return { key: 'registration_title_wrong_subject', params: { code, subject } };
  return undefined;
}

export interface CheckInput {
  commitments: Commitments;
  versionStatus: string;
  content: CriteriaContent;
  unitKind: string;
  /** The registration's year: only criteria applying to it are asked for (see appliesInYear). */
  year: number;
  /** On submit every applicable quantitative criterion needs a value; a draft may be partial. */
  complete: boolean;
}

/**
 * Field problems of a registration, keyed by the API's field paths
 * (`criteriaVersion`, `values.<code>`, `collectiveTitles.<i>`, `individualTitles.<i>.code|count`).
 */
export function checkRegistration(
  input: CheckInput,
  lookup: (code: string) => AwardDefinition | undefined = (c) => findAward(c),
): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  if (input.versionStatus !== 'published')
    out.criteriaVersion = { key: 'registration_version_not_published' };
  const criteria = new Map(
    quantitativeCriteria(input.content, input.unitKind, input.year).map((c) => [c.code, c]),
  );
  const otherYears = new Set(
    ofUnitKind(input.content, input.unitKind)
      .filter((c) => !appliesInYear(c, input.year))
      .map((c) => c.code),
  );
  for (const [code, value] of Object.entries(input.commitments.values)) {
    const c = criteria.get(code);
    const problem = c
      ? checkCommittedValue(c, value)
      : otherYears.has(code)
        ? { key: 'registration_criterion_other_year' as const, params: { code, year: input.year } }
        : { key: 'registration_unknown_criterion' as const, params: { code } };
    if (problem) out[`values.${code}`] = problem;
  }
  if (input.complete)
    for (const code of criteria.keys())
      if (input.commitments.values[code] === undefined)
        out[`values.${code}`] = { key: 'registration_value_required', params: { code } };

  const seen = new Set<string>();
  input.commitments.collectiveTitles.forEach((code, i) => {
    const problem = seen.has(code)
      ? { key: 'registration_title_duplicate' as const, params: { code } }
      : checkTitle(code, 'collective', lookup);
    seen.add(code);
    if (problem) out[`collectiveTitles.${i}`] = problem;
  });
  const seenIndividual = new Set<string>();
  input.commitments.individualTitles.forEach((aim, i) => {
    const problem = seenIndividual.has(aim.code)
      ? { key: 'registration_title_duplicate' as const, params: { code: aim.code } }
      : checkTitle(aim.code, 'individual', lookup);
    seenIndividual.add(aim.code);
    if (problem) out[`individualTitles.${i}.code`] = problem;
    if (!Number.isInteger(aim.count) || aim.count < 1 || aim.count > 100000)
      out[`individualTitles.${i}.count`] = { key: 'registration_title_count' };
  });
  return out;
}
