import {
  decree152From,
  decree98To,
  instruments,
  law2022From,
  type Citation,
  type SubjectKind,
} from '../../../shared/commendations/catalogue.ts';
import type { Condition, Leaf } from '../../../shared/commendations/conditions.ts';
import type { Rule } from '../../../shared/commendations/rule-schema.ts';

/** Small builders that keep the default rule data readable; the output is plain JSON-able data. */

export const cite = {
  law: (article: string, clause?: string, point?: string, note?: string): Citation => ({
    instrument: instruments.law2022,
    article,
    clause,
    point,
    verified: note === undefined,
    note,
  }),
  nd98: (article: string, clause?: string, point?: string, note?: string): Citation => ({
    instrument: instruments.decree98,
    article,
    clause,
    point,
    verified: note === undefined,
    note,
  }),
  nd152: (article: string, clause?: string, point?: string, note?: string): Citation => ({
    instrument: instruments.decree152,
    article,
    clause,
    point,
    verified: note === undefined,
    note,
  }),
  province: (article: string, note: string): Citation => ({
    instrument: instruments.provinceRegulation,
    article,
    verified: false,
    note,
  }),
};

export const recalled = 'Article number recalled, not read in the text';
export const bacNinhSlot =
  'Lai Châu regulation not retrieved; slot follows Bắc Ninh QĐ 86/2025 (DOMAIN.md §2)';

export const all = (...conditions: Condition[]): Condition => ({ kind: 'all', conditions });
export const any = (...conditions: Condition[]): Condition => ({ kind: 'any', conditions });
export const cited = <L extends Leaf>(leaf: L, citation: Citation): L => ({ ...leaf, citation });

export function rule(
  code: string,
  awardCode: string,
  subject: SubjectKind,
  citation: Citation,
  condition: Condition,
  from = law2022From,
  to?: string,
): Rule {
  return { code, awardCode, subject, effectiveFrom: from, effectiveTo: to, citation, condition };
}

/** The same standard under each decree: the version to 2025-06-30 and the one from 2025-07-01. */
export function byDecree(
  code: string,
  awardCode: string,
  subject: SubjectKind,
  old: [Citation, Condition],
  current: [Citation, Condition],
): Rule[] {
  return [
    rule(code, awardCode, subject, old[0], old[1], law2022From, decree98To),
    rule(code, awardCode, subject, current[0], current[1], decree152From),
  ];
}
