import { z } from 'zod';
import { catalogue, subjectKinds, type AwardDefinition } from './catalogue.ts';
import {
  awardsReferenced,
  citationSchema,
  conditionSchema,
  localisedSchema,
} from './conditions.ts';

/**
 * One dated version of a standard for one award and one kind of subject, as the office writes
 * it and the server stores it. The API validates a submitted rule with this schema and the
 * rule editor checks its draft with the same one, so both give the same field messages (the
 * messages are keys of shared/i18n/errors.ts). Rules sharing a `code` form a lineage; the
 * checks across a rule set (no overlapping versions) are the domain's `validateRuleSet`.
 */
export const ruleSchema = z
  .strictObject({
    code: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'rule_code_format' }),
    awardCode: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[A-Z0-9_]+$/),
    subject: z.enum(subjectKinds),
    effectiveFrom: z.iso.date(),
    /** Last day in force, inclusive; omitted while in force. */
    effectiveTo: z.iso.date().optional(),
    citation: citationSchema,
    title: localisedSchema.optional(),
    condition: conditionSchema,
  })
  .refine((r) => r.effectiveTo === undefined || r.effectiveTo >= r.effectiveFrom, {
    path: ['effectiveTo'],
    error: 'rule_dates_reversed',
  });

export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;

/** A rule that parses but does not fit the catalogue, with the message key that says why. */
export interface CatalogueProblem {
  path: 'awardCode' | 'subject' | 'condition';
  code: 'unknown_award' | 'subject_not_allowed';
  key: 'award_unknown' | 'award_subject_not_allowed';
  params: Record<string, string>;
}

/** The award must exist and be for the rule's subject; every award a condition names must exist. */
export function catalogueProblems(
  rule: Rule,
  awards: readonly AwardDefinition[] = catalogue,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const known = new Map(awards.map((a) => [a.code, a]));
  const award = known.get(rule.awardCode);
  if (!award)
    problems.push({
      path: 'awardCode',
      code: 'unknown_award',
      key: 'award_unknown',
      params: { award: rule.awardCode },
    });
  else if (!award.subjects.includes(rule.subject))
    problems.push({
      path: 'subject',
      code: 'subject_not_allowed',
      key: 'award_subject_not_allowed',
      params: { award: rule.awardCode, subject: rule.subject },
    });
  for (const code of awardsReferenced(rule.condition))
    if (!known.has(code))
      problems.push({
        path: 'condition',
        code: 'unknown_award',
        key: 'award_unknown',
        params: { award: code },
      });
  return problems;
}
