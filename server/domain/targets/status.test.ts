import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparators, directions } from '../../../shared/contracts/targets.ts';
import {
  effectiveDirection,
  governingTarget,
  latestActual,
  meets,
  targetStatus,
  targetTrend,
  trajectoryValue,
  type Comparator,
  type Direction,
  type StatusInput,
  type TargetStatus,
  type TargetValue,
} from './status.ts';

const forest: TargetValue[] = [
  { year: 2025, value: 54, comparator: '≥' },
  { year: 2030, value: 56, comparator: '≥' },
];
const noBaseline = { year: null, value: null };
const status = (over: Partial<StatusInput>): TargetStatus =>
  targetStatus({
    direction: 'higher',
    baseline: noBaseline,
    targets: forest,
    latest: null,
    evaluationYear: 2026,
    ...over,
  });

describe('targetStatus', () => {
  it.each<[string, Partial<StatusInput>, TargetStatus]>([
    ['no actual yet', {}, 'no_data'],
    ['no target values at all', { targets: [], latest: { year: 2025, value: 1 } }, 'no_data'],
    ['forest cover 54.5 in 2025 meets 54', { latest: { year: 2025, value: 54.5 } }, 'achieved'],
    [
      'forest cover 53 in 2025 misses its due year',
      { latest: { year: 2025, value: 53 } },
      'off_track',
    ],
    // 2026 is governed by 2030 (56); the trajectory runs 54 (2025) → 56 (2030): 54.4 in 2026.
    ['55 in 2026 is above the 54.4 trajectory', { latest: { year: 2026, value: 55 } }, 'on_track'],
    ['54 in 2026 is within 5% below 54.4', { latest: { year: 2026, value: 54 } }, 'at_risk'],
    ['50 in 2026 is more than 5% below', { latest: { year: 2026, value: 50 } }, 'off_track'],
    ['56 in 2027 meets 2030 early', { latest: { year: 2027, value: 56 } }, 'achieved'],
    [
      'a 2025 target still unmet when evaluated in 2026 with a 2024 actual',
      { latest: { year: 2024, value: 53.9 }, targets: [forest[0]!] },
      'off_track',
    ],
    [
      'without a baseline a near miss before the due year is at risk',
      { latest: { year: 2023, value: 52 }, targets: [forest[0]!], evaluationYear: 2024 },
      'at_risk',
    ],
    [
      'with a baseline the line runs from it: 50 (2020) → 54 (2025) is 52.4 in 2023',
      {
        latest: { year: 2023, value: 52.5 },
        targets: [forest[0]!],
        baseline: { year: 2020, value: 50 },
        evaluationYear: 2024,
      },
      'on_track',
    ],
    [
      'power losses below 5% are achieved',
      {
        direction: 'lower',
        targets: [{ year: 2025, value: 5, comparator: '<' }],
        latest: { year: 2025, value: 4.8 },
      },
      'achieved',
    ],
    [
      'power losses of exactly 5% are not "below 5%"',
      {
        direction: 'lower',
        targets: [{ year: 2025, value: 5, comparator: '<' }],
        latest: { year: 2024, value: 5 },
        evaluationYear: 2024,
      },
      'at_risk',
    ],
    [
      'recurrent spending 82% counts as ≈ 80%',
      {
        direction: 'lower',
        targets: [{ year: 2026, value: 80, comparator: '≈' }],
        latest: { year: 2026, value: 82 },
      },
      'achieved',
    ],
    [
      'recurrent spending 90% is off ≈ 80% in its year',
      {
        direction: 'lower',
        targets: [{ year: 2026, value: 80, comparator: '≈' }],
        latest: { year: 2026, value: 90 },
      },
      'off_track',
    ],
    [
      'a yes/no target done',
      {
        targets: [{ year: 2025, value: 1, comparator: '=' }],
        latest: { year: 2025, value: 1 },
      },
      'achieved',
    ],
    [
      'a yes/no target not done is off track: no baseline, no in-between',
      {
        targets: [{ year: 2025, value: 1, comparator: '=' }],
        latest: { year: 2024, value: 0 },
        evaluationYear: 2024,
      },
      'off_track',
    ],
    [
      'a cut of at least 10% reached',
      {
        direction: 'lower',
        targets: [{ year: 2025, value: -10, comparator: '≤' }],
        latest: { year: 2025, value: -12 },
      },
      'achieved',
    ],
  ])('%s', (_name, input, expected) => {
    expect(status(input)).toBe(expected);
  });
});

describe('helpers', () => {
  it('picks the target due in or after the year, else the last one', () => {
    expect(governingTarget(forest, 2024)?.year).toBe(2025);
    expect(governingTarget(forest, 2025)?.year).toBe(2025);
    expect(governingTarget(forest, 2026)?.year).toBe(2030);
    expect(governingTarget(forest, 2031)?.year).toBe(2030);
    expect(governingTarget([], 2031)).toBeUndefined();
  });
  it('draws the trajectory from the previous target, the baseline, or flat', () => {
    expect(trajectoryValue(noBaseline, forest, forest[1]!, 2026)).toBeCloseTo(54.4);
    expect(trajectoryValue(noBaseline, forest, forest[0]!, 2023)).toBe(54);
    expect(trajectoryValue({ year: 2020, value: 50 }, forest, forest[0]!, 2019)).toBe(50);
  });
  it('reads "=" on a higher target as "at least"', () => {
    expect(meets(1, { value: 1, comparator: '=' }, 'higher')).toBe(true);
    expect(meets(0, { value: 1, comparator: '=' }, 'higher')).toBe(false);
    expect(meets(2, { value: 1, comparator: '=' }, 'target')).toBe(false);
    expect(effectiveDirection('lower', '≥')).toBe('higher');
    expect(effectiveDirection('higher', '≈')).toBe('target');
  });
  it('finds the latest actual', () => {
    expect(
      latestActual([
        { year: 2024, value: 1 },
        { year: 2026, value: 2 },
      ])?.value,
    ).toBe(2);
    expect(latestActual([])).toBeNull();
  });
});

describe('targetTrend', () => {
  it.each<[Direction, TargetValue[], [number, number], string | null]>([
    ['higher', forest, [53, 54], 'improving'],
    ['higher', forest, [54, 53], 'worsening'],
    ['higher', forest, [54, 54.1], 'steady'],
    ['lower', [{ year: 2025, value: 5, comparator: '<' }], [6, 5.5], 'improving'],
    ['lower', [{ year: 2026, value: 80, comparator: '≈' }], [70, 78], 'improving'],
    ['lower', [{ year: 2026, value: 80, comparator: '≈' }], [80, 90], 'worsening'],
  ])('%s %j %j → %s', (direction, targets, [a, b], expected) => {
    expect(
      targetTrend(direction, targets, [
        { year: 2025, value: b },
        { year: 2024, value: a },
      ]),
    ).toBe(expected);
  });
  it('needs two actuals', () => {
    expect(targetTrend('higher', forest, [{ year: 2024, value: 1 }])).toBeNull();
  });
});

const rank: Record<TargetStatus, number> = {
  no_data: -1,
  off_track: 0,
  at_risk: 1,
  on_track: 2,
  achieved: 3,
};

const arbTargets = fc
  .uniqueArray(
    fc.record({
      year: fc.integer({ min: 2022, max: 2032 }),
      value: fc.double({ min: -100, max: 200, noNaN: true }),
      comparator: fc.constantFrom<Comparator>(...comparators),
    }),
    { minLength: 1, maxLength: 4, selector: (t) => t.year },
  )
  .map((ts) => ts.sort((a, b) => a.year - b.year));
const arbInput = fc.record({
  direction: fc.constantFrom<Direction>(...directions),
  baseline: fc.oneof(
    fc.constant({ year: null, value: null }),
    fc.record({
      year: fc.integer({ min: 2015, max: 2022 }),
      value: fc.double({ min: -100, max: 200, noNaN: true }),
    }),
  ),
  targets: arbTargets,
  year: fc.integer({ min: 2022, max: 2032 }),
  evaluationYear: fc.integer({ min: 2022, max: 2034 }),
  a: fc.double({ min: -200, max: 300, noNaN: true }),
  b: fc.double({ min: -200, max: 300, noNaN: true }),
});

describe('status properties', () => {
  it('is never achieved unless the governing target value is met', () => {
    fc.assert(
      fc.property(arbInput, ({ direction, baseline, targets, year, evaluationYear, a }) => {
        const s = targetStatus({
          direction,
          baseline,
          targets,
          latest: { year, value: a },
          evaluationYear,
        });
        const due = governingTarget(targets, year)!;
        const dir = effectiveDirection(direction, due.comparator);
        if (s === 'achieved') expect(meets(a, due, dir)).toBe(true);
        // the comparator read plainly: ≥ means at least, < strictly below, …
        if (s === 'achieved' && due.comparator === '≥') expect(a).toBeGreaterThanOrEqual(due.value);
        if (s === 'achieved' && due.comparator === '<') expect(a).toBeLessThan(due.value);
        if (s === 'achieved' && due.comparator === '>') expect(a).toBeGreaterThan(due.value);
        if (s === 'achieved' && due.comparator === '≤') expect(a).toBeLessThanOrEqual(due.value);
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotone: a better actual never gets a worse status', () => {
    fc.assert(
      fc.property(arbInput, ({ direction, baseline, targets, year, evaluationYear, a, b }) => {
        const due = governingTarget(targets, year)!;
        const dir = effectiveDirection(direction, due.comparator);
        const closer = (x: number, y: number) =>
          dir === 'higher'
            ? x >= y
            : dir === 'lower'
              ? x <= y
              : Math.abs(x - due.value) <= Math.abs(y - due.value);
        const [better, worse] = closer(a, b) ? [a, b] : [b, a];
        const at = (value: number) =>
          targetStatus({ direction, baseline, targets, latest: { year, value }, evaluationYear });
        expect(rank[at(better)]).toBeGreaterThanOrEqual(rank[at(worse)]);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a status for every actual once a target exists', () => {
    fc.assert(
      fc.property(arbInput, ({ direction, baseline, targets, year, evaluationYear, a }) => {
        const s = targetStatus({
          direction,
          baseline,
          targets,
          latest: { year, value: a },
          evaluationYear,
        });
        expect(s).not.toBe('no_data');
      }),
    );
  });
});
