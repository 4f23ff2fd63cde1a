import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaContent, Criterion } from '../../../shared/contracts/criteria-content.ts';
import { defaultScoring } from '../../../shared/contracts/criteria-content.ts';
import { bandFor, scoreCriterion, scoreReport } from './engine.ts';
import { rank } from './ranking.ts';

/** Invariants of the scoring engine (issue 10 item 3) over random criteria and answers. */
const runs = { numRuns: 400 };
const common = {
  name: { vi: 'x', en: 'x' },
  unitKinds: [],
  source: { kind: 'plan_clause' as const, reference: 'x' },
};
const maxPoints = fc.integer({ min: 1, max: 100000 }).map((n) => n / 100);
const stepsRule = fc
  .uniqueArray(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 6 })
  .chain((ps) =>
    fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: ps.length,
        maxLength: ps.length,
      })
      .map((shares) => {
        const sortedP = [...ps].sort((a, b) => a - b);
        const sortedS = [...shares].sort((a, b) => a - b);
        return {
          kind: 'steps' as const,
          steps: sortedP.map((p, i) => ({ atLeastPercent: p, share: sortedS[i]! })),
        };
      }),
  );
const quantitative = fc
  .record({
    code: fc.constant('Q'),
    kind: fc.constant('quantitative' as const),
    maxPoints,
    indicator: fc.constant('i'),
    measure: fc.constant('x'),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    targets: fc
      .array(
        fc.record({
          year: fc.integer({ min: 2020, max: 2030 }),
          value: fc.double({ min: 0, max: 1e6, noNaN: true }),
        }),
        { maxLength: 4 },
      )
      .map((ts) => ts.filter((t, i) => ts.findIndex((u) => u.year === t.year) === i)),
    aggregation: fc.constant('sum' as const),
    rule: fc.option(fc.oneof(fc.constant({ kind: 'proportional' as const }), stepsRule), {
      nil: undefined,
    }),
  })
  .map((c) => ({ ...common, ...c }) as Criterion);
const value = fc.double({ min: 0, max: 1e7, noNaN: true });
const year = fc.integer({ min: 2020, max: 2030 });
const policy = fc.constantFrom('skip' as const, 'latest_earlier' as const);

const criterion = (code: string) =>
  fc.oneof(
    quantitative.map((c) => ({ ...c, code })),
    fc.record({ maxPoints, scale: fc.constant('yes_no' as const) }).map(
      (c) =>
        ({
          ...common,
          ...c,
          code,
          kind: 'qualitative',
          levels: [],
          evidenceRequired: false,
        }) as Criterion,
    ),
    fc.record({ maxPoints, n: fc.integer({ min: 2, max: 6 }) }).map(
      ({ maxPoints, n }) =>
        ({
          ...common,
          code,
          kind: 'qualitative',
          maxPoints,
          scale: 'levels',
          levels: Array.from({ length: n }, (_, i) => `L${i}`),
          evidenceRequired: false,
        }) as Criterion,
    ),
    fc
      .record({
        kind: fc.constantFrom('bonus' as const, 'penalty' as const),
        pointsPerEvent: maxPoints,
        extra: maxPoints,
      })
      .map(
        ({ kind, pointsPerEvent, extra }) =>
          ({
            ...common,
            code,
            kind,
            maxPoints: 1,
            pointsPerEvent,
            cap: pointsPerEvent + extra,
          }) as Criterion,
      ),
  );
const answerFor = (c: Criterion) =>
  c.kind === 'quantitative'
    ? fc.option(
        value.map((v) => ({ value: v })),
        { nil: {} },
      )
    : c.kind === 'qualitative'
      ? c.scale === 'yes_no'
        ? fc.option(
            fc.boolean().map((met) => ({ met })),
            { nil: {} },
          )
        : fc.option(
            fc.constantFrom(...c.levels).map((level) => ({ level })),
            { nil: {} },
          )
      : fc.integer({ min: 0, max: 50 }).map((events) => ({ events }));

const report = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => criterion(`C${i}`))))
  .chain((criteria) =>
    fc.record({
      criteria: fc.constant(criteria),
      answers: fc.tuple(...criteria.map(answerFor)),
      year,
      policy,
    }),
  )
  .map(({ criteria, answers, year, policy }) => ({
    content: {
      groups: [{ name: { vi: 'g', en: 'g' }, criteria }],
      scoring: { ...defaultScoring(), missingTarget: policy },
    } as CriteriaContent,
    answers: Object.fromEntries(criteria.map((c, i) => [c.code, answers[i]!])),
    year,
  }));

describe('scoring properties', () => {
  it('a criterion never gives more than its maximum (cap) or less than 0', () => {
    fc.assert(
      fc.property(report, ({ content, answers, year }) => {
        for (const s of scoreReport(content, year, answers).criteria) {
          expect(s.points).toBeGreaterThanOrEqual(0);
          expect(s.points).toBeLessThanOrEqual(s.max + 1e-9);
        }
      }),
      runs,
    );
  });

  it('more achievement never gives fewer points, in either direction', () => {
    fc.assert(
      fc.property(quantitative, value, value, year, policy, (c, a, b, y, p) => {
        if (c.kind !== 'quantitative') return;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const better = c.direction === 'higher' ? hi : lo;
        const worse = c.direction === 'higher' ? lo : hi;
        const pb = scoreCriterion(c, { value: better }, y, p).points;
        const pw = scoreCriterion(c, { value: worse }, y, p).points;
        expect(pb).toBeGreaterThanOrEqual(pw);
      }),
      runs,
    );
  });

  it('the total equals the sum of its parts, never below 0', () => {
    fc.assert(
      fc.property(report, ({ content, answers, year }) => {
        const r = scoreReport(content, year, answers);
        const h = (x: number) => Math.round(x * 100);
        const sum = (kinds: string[]) =>
          r.criteria
            .filter((s) => !s.skipped && kinds.includes(s.kind))
            .reduce((t, s) => t + h(s.points), 0);
        expect(h(r.base)).toBe(sum(['quantitative', 'qualitative']));
        expect(h(r.bonus)).toBe(sum(['bonus']));
        expect(h(r.penalty)).toBe(sum(['penalty']));
        expect(h(r.total)).toBe(Math.max(0, h(r.base) + h(r.bonus) - h(r.penalty)));
        expect(h(r.maxTotal)).toBe(
          r.criteria
            .filter((s) => !s.skipped && (s.kind === 'quantitative' || s.kind === 'qualitative'))
            .reduce((t, s) => t + h(s.max), 0),
        );
      }),
      runs,
    );
  });

  it('bands are monotone in the total: a higher share never reaches a lower band', () => {
    const bands = defaultScoring().bands;
    const order = (code: string | undefined) => bands.findIndex((b) => b.code === code);
    fc.assert(
      fc.property(
        report,
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        ({ content, answers, year }, s1, s2) => {
          const r = scoreReport(content, year, answers);
          const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          const bLo = bandFor(bands, lo, r.criteria, r.penaltyEvents);
          const bHi = bandFor(bands, hi, r.criteria, r.penaltyEvents);
          expect(order(bHi?.code)).toBeLessThanOrEqual(order(bLo?.code));
        },
      ),
      runs,
    );
  });

  it('ranks: a higher total always ranks better; ranks start at 1 and ties share one', () => {
    const entry = fc.record({
      unitId: fc.uuid(),
      total: fc.integer({ min: 0, max: 200 }),
      criteriaAtMax: fc.integer({ min: 0, max: 3 }),
      penaltyEvents: fc.integer({ min: 0, max: 3 }),
      firstSubmittedAt: fc.option(fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.unitId, maxLength: 20 }),
        (entries) => {
          const ranked = rank(entries);
          if (ranked.length) expect(ranked[0]!.rank).toBe(1);
          for (const a of ranked)
            for (const b of ranked)
              if (a.entry.total > b.entry.total) expect(a.rank).toBeLessThan(b.rank);
        },
      ),
      runs,
    );
  });
});
