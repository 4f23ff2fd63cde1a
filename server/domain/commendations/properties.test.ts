import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attestation,
  awardRecord,
  checkDate,
  history,
  initiativeRecord,
  openCaseOn,
  ruleFor,
  subjectKind,
} from '../../../test/support/commendation-arbitraries.ts';
import { isMonotone, leavesOf } from '../../../shared/commendations/conditions.ts';
import type { Rule } from '../../../shared/commendations/rule-schema.ts';
import { laiChauDefaultRules } from './default-rules.ts';
import { checkEligibility } from './eligibility.ts';
import type { SubjectHistory } from './history.ts';
import { validateRuleSet } from './rules.ts';

/** Invariants over random histories, random condition trees and the Lai Châu default rules. */

const runs = { numRuns: 300 };
/** A random history with a random rule for its subject kind, plus the default rules for awards it refers to. */
const scenario = subjectKind.chain((kind) =>
  fc.record({ history: history(kind), rule: ruleFor(kind), onDate: checkDate }),
);
const defaultScenario = subjectKind.chain((kind) =>
  fc.record({
    history: history(kind),
    rule: fc.constantFrom(...laiChauDefaultRules.filter((r) => r.subject === kind)),
    onDate: checkDate,
  }),
);
const check = (rules: readonly Rule[], h: SubjectHistory, r: Rule, onDate: string) =>
  checkEligibility(rules, h, r.awardCode, r.subject, onDate);
const withRules = (r: Rule) => [
  r,
  ...laiChauDefaultRules.filter((d) => d.awardCode !== r.awardCode || d.subject !== r.subject),
];

describe('properties', () => {
  it('random condition trees are valid rules (JSON round trip included)', () => {
    fc.assert(
      fc.property(scenario, ({ rule }) => {
        const result = validateRuleSet([JSON.parse(JSON.stringify(rule))]);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      runs,
    );
  });

  it('NĐ 152/2025 Đ.4 k.4 — a subject with a currently open case is never eligible', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(scenario, defaultScenario)
          .chain((s) => fc.record({ s: fc.constant(s), open: openCaseOn(s.onDate) })),
        ({ s, open }) => {
          const rules = withRules(s.rule);
          const result = check(rules, { ...s.history, openCases: [open] }, s.rule, s.onDate);
          const stillOpen = open.closedOn === undefined || open.closedOn > s.onDate;
          expect(stillOpen).toBe(true);
          expect(result.verdict).not.toBe('eligible');
          if (check(rules, s.history, s.rule, s.onDate).verdict === 'eligible')
            expect(result.verdict).toBe('held');
        },
      ),
      runs,
    );
  });

  it('NĐ 152/2025 Đ.4 k.3 — thematic and sudden awards never change a merit verdict or any condition', () => {
    fc.assert(
      fc.property(
        fc.oneof(scenario, defaultScenario).chain((s) =>
          fc.record({
            s: fc.constant(s),
            extra: fc.array(awardRecord(['thematic', 'sudden']), { minLength: 1, maxLength: 6 }),
          }),
        ),
        ({ s, extra }) => {
          const rules = withRules(s.rule);
          const plain = check(rules, s.history, s.rule, s.onDate);
          const more = check(
            rules,
            { ...s.history, awards: [...(s.history.awards ?? []), ...extra] },
            s.rule,
            s.onDate,
          );
          expect(more.verdict).toBe(plain.verdict);
          expect(more.conditions.map((c) => c.met)).toEqual(plain.conditions.map((c) => c.met));
        },
      ),
      runs,
    );
  });

  it('more qualifying history never turns eligible into not eligible under a monotone rule', () => {
    let eligibleSeen = 0;
    const additions = fc.record({
      ratings: fc.array(
        fc.record({
          year: fc.integer({ min: 2015, max: 2026 }),
          rating: fc.constantFrom('HTXS' as const, 'HTT' as const, 'HT' as const, 'KHT' as const),
        }),
        { maxLength: 4 },
      ),
      awards: fc.array(awardRecord(['merit']), { maxLength: 4 }),
      initiatives: fc.array(initiativeRecord, { maxLength: 4 }),
      attestations: fc.array(attestation, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.oneof(scenario, defaultScenario), additions, (s, add) => {
        const rules = [s.rule];
        const before = check(rules, s.history, s.rule, s.onDate);
        if (!isMonotone(s.rule.condition) || before.verdict !== 'eligible') return;
        eligibleSeen += 1;
        const onFile = new Set((s.history.ratings ?? []).map((r) => r.year));
        const grown: SubjectHistory = {
          ...s.history,
          ratings: [
            ...(s.history.ratings ?? []),
            ...add.ratings.filter((r) => !onFile.has(r.year) && onFile.add(r.year)),
          ],
          awards: [...(s.history.awards ?? []), ...add.awards],
          initiatives: [...(s.history.initiatives ?? []), ...add.initiatives],
          attestations: [...(s.history.attestations ?? []), ...add.attestations],
        };
        expect(check(rules, grown, s.rule, s.onDate).verdict).toBe('eligible');
      }),
      { numRuns: 1000 },
    );
    expect(eligibleSeen).toBeGreaterThan(10);
  });

  it('the listed conditions are exactly the applied rule’s leaves, in order, each with a description', () => {
    fc.assert(
      fc.property(fc.oneof(scenario, defaultScenario), (s) => {
        const rules = withRules(s.rule);
        const result = check(rules, s.history, s.rule, s.onDate);
        if (!result.rule) {
          expect(result.conditions).toEqual([]);
          return;
        }
        const applied = rules.find(
          (r) => r.code === result.rule?.code && r.effectiveFrom === result.rule.effectiveFrom,
        );
        expect(applied).toBeDefined();
        if (!applied) return;
        expect(result.conditions.map((c) => ({ path: c.path, leaf: c.leaf }))).toEqual(
          leavesOf(applied.condition),
        );
        for (const c of result.conditions)
          expect(c.description.vi.length * c.description.en.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});
