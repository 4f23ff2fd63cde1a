import {
  conferrableOn,
  findAward,
  type CaseKind,
  type Citation,
  type LocalisedText,
  type SubjectKind,
} from '../../../shared/commendations/catalogue.ts';
import type { PredecessorMode } from '../../../shared/contracts/commendation-settings.ts';
import type { Condition, Leaf } from '../../../shared/commendations/conditions.ts';
import { describeLeaf } from '../../../shared/commendations/leaf-text.ts';
import type { Rule } from '../../../shared/commendations/rule-schema.ts';
import type { Evidence, NoRuleReason, Verdict } from '../../../shared/contracts/eligibility.ts';
import type { LeafContext, StandardOutcome } from './evidence.ts';
import { defaultAssessmentYear, isOpenOn, knownOn, type SubjectHistory } from './history.ts';
import { evaluateLeaf } from './leaves.ts';
import { principleSets, principlesOn, type PrincipleSet } from './principles.ts';
import { rulesInForce } from './rules.ts';

export interface ConditionResult {
  /** Position of the leaf in the rule's condition tree ("0.1.2"). */
  path: string;
  leaf: Leaf;
  description: LocalisedText;
  citation?: Citation | undefined;
  met: boolean;
  evidence: Evidence[];
}

export interface RuleRef {
  code: string;
  citation: Citation;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
}

export interface Hold {
  caseId: string;
  kind: CaseKind;
  openedOn: string;
  ref?: string | undefined;
  citation: Citation;
}

export interface EligibilityResult {
  verdict: Verdict;
  awardCode: string;
  subjectKind: SubjectKind;
  onDate: string;
  assessmentYear: number;
  /** The rule version applied; null when none is in force. */
  rule: RuleRef | null;
  reason?: NoRuleReason | undefined;
  /** Every leaf of the applied rule, met or missing, with the evidence it used. */
  conditions: ConditionResult[];
  holds: Hold[];
  principles: {
    code: string;
    citations: PrincipleSet['citations'];
    predecessorRecords?: PredecessorCounting | undefined;
  };
  /** Other standards in force for the same award and subject, e.g. LĐTT for officials vs farmers. */
  alternatives: { rule: RuleRef; met: boolean; metCount: number; total: number }[];
}

export interface CheckOptions {
  /** The year whose achievements are assessed; by default the year in review on `onDate`. */
  year?: number | undefined;
  principles?: readonly PrincipleSet[] | undefined;
  /** The office's choice of how merged units' records count; else the principles' default. */
  predecessorMode?: PredecessorMode | undefined;
}

/** How merged units' records were counted, shown with the result (only for a subject that has them). */
export interface PredecessorCounting {
  mode: PredecessorMode;
  setBy: 'office' | 'default';
  citation: Citation;
  units: { id: string; name: string; mergedOn: string; verified: boolean }[];
}

const refOf = (r: Rule): RuleRef => ({
  code: r.code,
  citation: r.citation,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
});

/** Evaluates every node (no short-cut), so each leaf is reported whether or not it decided the outcome. */
function evaluate(
  condition: Condition,
  ctx: LeafContext,
  path: string,
): { met: boolean; leaves: ConditionResult[] } {
  if (condition.kind === 'all' || condition.kind === 'any') {
    const parts = condition.conditions.map((c, i) => evaluate(c, ctx, `${path}.${i}`));
    const met = condition.kind === 'all' ? parts.every((p) => p.met) : parts.some((p) => p.met);
    return { met, leaves: parts.flatMap((p) => p.leaves) };
  }
  if (condition.kind === 'not') {
    const inner = evaluate(condition.condition, ctx, `${path}.0`);
    return { met: !inner.met, leaves: inner.leaves };
  }
  const outcome = evaluateLeaf(condition, ctx);
  return {
    met: outcome.met,
    leaves: [
      {
        path,
        leaf: condition,
        description: describeLeaf(condition),
        citation: condition.citation,
        met: outcome.met,
        evidence: outcome.evidence,
      },
    ],
  };
}

function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((a, d) => (a === undefined || d > a ? d : a), undefined);
}

/**
 * Whether a subject qualifies for an award on a date, under the rules in force that day: the verdict,
 * the rule version and its citation, and every condition with the records it used. An open
 * discipline case, inspection, complaint or press report holds an otherwise eligible subject.
 */
export function checkEligibility(
  rules: readonly Rule[],
  history: SubjectHistory,
  awardCode: string,
  subjectKind: SubjectKind,
  onDate: string,
  options: CheckOptions = {},
): EligibilityResult {
  const year = options.year ?? defaultAssessmentYear(onDate);
  const principles = principlesOn(onDate, options.principles ?? principleSets);
  const known = knownOn(history, onDate, year);
  const holds: Hold[] = known.openCases
    .filter((c) => isOpenOn(c, onDate) && principles.holdCaseKinds.includes(c.kind))
    .map((c) => ({
      caseId: c.id,
      kind: c.kind,
      openedOn: c.openedOn,
      ref: c.ref,
      citation: principles.citations.hold,
    }));
  const predecessorMode = options.predecessorMode ?? principles.predecessorRecords.mode;
  const counting: PredecessorCounting | undefined = known.predecessors.length
    ? {
        mode: predecessorMode,
        setBy: options.predecessorMode ? 'office' : 'default',
        citation: principles.predecessorRecords.citation,
        units: known.predecessors.map(({ id, name, mergedOn, verified }) => ({
          id,
          name,
          mergedOn,
          verified,
        })),
      }
    : undefined;
  const base = {
    awardCode,
    subjectKind,
    onDate,
    assessmentYear: year,
    holds,
    principles: {
      code: principles.code,
      citations: principles.citations,
      ...(counting ? { predecessorRecords: counting } : {}),
    },
  };
  const refuse = (reason: NonNullable<EligibilityResult['reason']>): EligibilityResult => ({
    ...base,
    verdict: 'not_eligible',
    rule: null,
    reason,
    conditions: [],
    alternatives: [],
  });

  if (history.subject.kind !== subjectKind) return refuse('subject_kind_mismatch');
  const award = findAward(awardCode);
  if (award && !conferrableOn(award, onDate)) return refuse('award_not_conferrable');
  const candidates = rulesInForce(rules, awardCode, subjectKind, onDate);
  if (!candidates.length) return refuse('no_rule_in_force');

  const visiting = new Set<string>([awardCode]);
  const ctx: LeafContext = {
    known,
    onDate,
    year,
    principles,
    disciplineEnd: latest(known.disciplines.map((d) => d.endsOn)),
    predecessorMode,
    meetsStandard: (code: string): StandardOutcome => {
      if (visiting.has(code)) return { met: false, via: 'cycle' };
      const held = known.awards.find(
        (a) =>
          a.awardCode === code && a.year === year && !principles.nonMeritKinds.includes(a.kind),
      );
      if (held) return { met: true, via: 'held', decisionNo: held.decisionNo };
      visiting.add(code);
      try {
        const passing = rulesInForce(rules, code, subjectKind, onDate).find(
          (r) => evaluate(r.condition, ctx, '0').met,
        );
        return passing
          ? { met: true, via: 'rule', ruleCode: passing.code }
          : { met: false, via: 'none' };
      } finally {
        visiting.delete(code);
      }
    },
  };

  const results = candidates.map((rule) => ({ rule, ...evaluate(rule.condition, ctx, '0') }));
  const score = (r: (typeof results)[number]) =>
    r.leaves.filter((l) => l.met).length / r.leaves.length;
  const chosen =
    results.find((r) => r.met) ?? results.reduce((best, r) => (score(r) > score(best) ? r : best));
  return {
    ...base,
    verdict: !chosen.met ? 'not_eligible' : holds.length ? 'held' : 'eligible',
    rule: refOf(chosen.rule),
    conditions: chosen.leaves,
    alternatives: results
      .filter((r) => r !== chosen)
      .map((r) => ({
        rule: refOf(r.rule),
        met: r.met,
        metCount: r.leaves.filter((l) => l.met).length,
        total: r.leaves.length,
      })),
  };
}

/** The office's "who may qualify" list: every subject checked, eligible first, then held, then the rest. */
export function whoMayQualify(
  rules: readonly Rule[],
  histories: readonly SubjectHistory[],
  awardCode: string,
  subjectKind: SubjectKind,
  onDate: string,
  options: CheckOptions = {},
): { subjectId: string; result: EligibilityResult }[] {
  const order: Record<Verdict, number> = { eligible: 0, held: 1, not_eligible: 2 };
  return histories
    .filter((h) => h.subject.kind === subjectKind)
    .map((h) => ({
      subjectId: h.subject.id,
      result: checkEligibility(rules, h, awardCode, subjectKind, onDate, options),
    }))
    .sort((a, b) => order[a.result.verdict] - order[b.result.verdict]);
}
