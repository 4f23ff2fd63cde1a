import type { z } from 'zod';
import {
  catalogue,
  type AwardDefinition,
  type SubjectKind,
} from '../../../shared/commendations/catalogue.ts';
import {
  catalogueProblems,
  ruleSchema,
  type Rule,
} from '../../../shared/commendations/rule-schema.ts';
import { overlaps } from './dates.ts';

/**
 * A rule is one dated version of a standard for one award and one kind of subject (its shape is
 * shared/commendations/rule-schema.ts). Rules sharing a `code` form a lineage (successive
 * versions); several lineages may be in force for the same award and subject at once — they are
 * alternative standards (e.g. LĐTT for officials and for farmers).
 */

export type RuleProblemCode =
  | 'invalid'
  | 'citation_required'
  | 'dates_reversed'
  | 'unknown_award'
  | 'subject_not_allowed'
  | 'overlapping_dates'
  | 'lineage_changes_award';

export interface RuleProblem {
  /** Index of the rule in the submitted set. */
  index: number;
  path: string;
  code: RuleProblemCode;
  message: string;
  params?: Record<string, unknown>;
}

export type RuleSetResult = { ok: true; rules: Rule[] } | { ok: false; problems: RuleProblem[] };

function schemaProblems(index: number, error: z.ZodError): RuleProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const code: RuleProblemCode =
      issue.path[0] === 'citation'
        ? 'citation_required'
        : path === 'effectiveTo' && issue.code === 'custom'
          ? 'dates_reversed'
          : 'invalid';
    return { index, path, code, message: issue.message };
  });
}

/**
 * Checks a whole rule set before it is saved or used: each rule against the schema (a citation
 * is required), award codes and subjects against the catalogue, and no two versions of one
 * lineage in force on the same day.
 */
export function validateRuleSet(
  input: readonly unknown[],
  awards: readonly AwardDefinition[] = catalogue,
): RuleSetResult {
  const problems: RuleProblem[] = [];
  const rules: { index: number; rule: Rule }[] = [];
  input.forEach((raw, index) => {
    const parsed = ruleSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...schemaProblems(index, parsed.error));
    const rule = parsed.data;
    for (const p of catalogueProblems(rule, awards))
      problems.push({ index, path: p.path, code: p.code, message: p.key, params: p.params });
    rules.push({ index, rule });
  });

  const byLineage = new Map<string, { index: number; rule: Rule }[]>();
  for (const entry of rules)
    byLineage.set(entry.rule.code, [...(byLineage.get(entry.rule.code) ?? []), entry]);
  for (const versions of byLineage.values()) {
    const [first] = versions;
    versions.forEach((v, i) => {
      if (
        first &&
        (v.rule.awardCode !== first.rule.awardCode || v.rule.subject !== first.rule.subject)
      )
        problems.push({
          index: v.index,
          path: 'code',
          code: 'lineage_changes_award',
          message: 'a lineage keeps its award and subject',
          params: { code: v.rule.code },
        });
      for (const other of versions.slice(i + 1))
        if (
          overlaps(
            v.rule.effectiveFrom,
            v.rule.effectiveTo,
            other.rule.effectiveFrom,
            other.rule.effectiveTo,
          )
        )
          problems.push({
            index: other.index,
            path: 'effectiveFrom',
            code: 'overlapping_dates',
            message: 'two versions of one rule in force on the same day',
            params: { code: v.rule.code, other: v.index },
          });
    });
  }

  return problems.length ? { ok: false, problems } : { ok: true, rules: rules.map((r) => r.rule) };
}

/** The versions of every lineage in force on `date` for an award and a subject, in set order. */
export function rulesInForce(
  rules: readonly Rule[],
  awardCode: string,
  subject: SubjectKind,
  date: string,
): Rule[] {
  return rules.filter(
    (r) =>
      r.awardCode === awardCode &&
      r.subject === subject &&
      r.effectiveFrom <= date &&
      (r.effectiveTo === undefined || date <= r.effectiveTo),
  );
}
