import type { FieldProblem } from '../../../shared/errors.ts';
import { categoryOfUnitKind } from '../criteria/categories.ts';
import type { CriteriaContent } from '../../../shared/contracts/criteria-content.ts';

/** What decides whether a criteria set may judge a unit (ADR 0016). */
export interface JudgingSet {
  categoryCode: string | null;
  sectorCode: string | null;
  startYear: number;
  endYear: number;
}

/** At least one criterion of the version applies to a unit of this kind (empty kinds: any). */
export function appliesToKind(content: CriteriaContent, unitKind: string): boolean {
  return content.groups.some((g) =>
    g.criteria.some(
      (c) => c.unitKinds.length === 0 || (c.unitKinds as string[]).includes(unitKind),
    ),
  );
}

/**
 * Why a set's published version may not judge a unit of `unitKind` in `year`, or undefined
 * when it may. A unit is judged by exactly one version a year: the set of its own participant
 * category, or a sector set with at least one criterion for its kind.
 */
export function judgingProblem(
  set: JudgingSet,
  content: CriteriaContent,
  unitKind: string,
  year: number,
): FieldProblem | undefined {
  if (year < set.startYear || year > set.endYear)
    return {
      key: 'registration_set_year_outside',
      params: { year, start: set.startYear, end: set.endYear },
    };
  if (set.categoryCode !== null)
    return set.categoryCode === categoryOfUnitKind(unitKind)
      ? undefined
      : { key: 'registration_set_other_category' };
  return appliesToKind(content, unitKind) ? undefined : { key: 'registration_set_not_applicable' };
}
