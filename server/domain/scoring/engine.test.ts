import { describe, expect, it } from 'vitest';
import type { CriteriaContent, Criterion } from '../../../shared/contracts/criteria-content.ts';
import { defaultScoring } from '../../../shared/contracts/criteria-content.ts';
import { validateContent } from '../criteria/validate.ts';
import { scoreCriterion, scoreReport } from './engine.ts';

const common = {
  name: { vi: 'x', en: 'x' },
  unitKinds: [] as Criterion['unitKinds'],
  source: { kind: 'plan_clause' as const, reference: 'III.1' },
};
const quant = (over: Partial<Extract<Criterion, { kind: 'quantitative' }>> = {}): Criterion => ({
  ...common,
  code: 'Q',
  kind: 'quantitative',
  maxPoints: 20,
  indicator: 'i',
  measure: '%',
  direction: 'higher',
  targets: [{ year: 2026, value: 50 }],
  aggregation: 'sum',
  ...over,
});
const yesNo: Criterion = {
  ...common,
  code: 'Y',
  kind: 'qualitative',
  maxPoints: 10,
  scale: 'yes_no',
  levels: [],
  evidenceRequired: false,
};
const levels = (levelPoints?: number[]): Criterion => ({
  ...common,
  code: 'L',
  kind: 'qualitative',
  maxPoints: 9,
  scale: 'levels',
  levels: ['Tốt', 'Khá', 'Trung bình', 'Yếu'],
  ...(levelPoints ? { levelPoints } : {}),
  evidenceRequired: false,
});
const perEvent = (kind: 'bonus' | 'penalty'): Criterion => ({
  ...common,
  code: kind === 'bonus' ? 'B' : 'P',
  kind: kind as 'bonus',
  maxPoints: 5,
  pointsPerEvent: 2,
  cap: 5,
});

describe('criterion points (hand-worked)', () => {
  const cases: [string, Criterion, object, number, string[]][] = [
    ['proportional, below target', quant(), { value: 45 }, 18, []],
    ['proportional, above target caps at max', quant(), { value: 80 }, 20, []],
    ['proportional, missing value says so', quant(), {}, 0, ['missing_value']],
    [
      'lower is better',
      quant({ direction: 'lower', targets: [{ year: 2026, value: 2 }] }),
      { value: 4 },
      10,
      [],
    ],
    [
      'lower is better, value 0 is the maximum',
      quant({ direction: 'lower' }),
      { value: 0 },
      20,
      [],
    ],
    [
      'proportional rounds to hundredths',
      quant({ maxPoints: 10, targets: [{ year: 2026, value: 3 }] }),
      { value: 1 },
      3.33,
      [],
    ],
    [
      'steps: highest threshold reached',
      quant({
        rule: {
          kind: 'steps',
          steps: [
            { atLeastPercent: 50, share: 0.5 },
            { atLeastPercent: 90, share: 0.8 },
            { atLeastPercent: 100, share: 1 },
          ],
        },
      }),
      { value: 46 },
      16,
      [],
    ],
    [
      'steps: below every step',
      quant({ rule: { kind: 'steps', steps: [{ atLeastPercent: 50, share: 0.5 }] } }),
      { value: 10 },
      0,
      ['below_every_step'],
    ],
    ['yes', yesNo, { met: true }, 10, []],
    ['no', yesNo, { met: false }, 0, ['not_met']],
    ['yes/no empty', yesNo, {}, 0, ['missing_value']],
    ['levels evenly spaced: second of four', levels(), { level: 'Khá' }, 6, []],
    ['levels: worst is 0', levels(), { level: 'Yếu' }, 0, []],
    ['levels: explicit points', levels([9, 7, 4, 0]), { level: 'Trung bình' }, 4, []],
    ['bonus per event', perEvent('bonus'), { events: 2 }, 4, []],
    ['bonus capped', perEvent('bonus'), { events: 4 }, 5, ['capped']],
    ['penalty capped', perEvent('penalty'), { events: 9 }, 5, ['capped']],
  ];
  it.each(cases)('%s', (_, c, answer, points, notes) => {
    const s = scoreCriterion(c, answer, 2026, 'skip');
    expect(s.points).toBe(points);
    expect(s.notes).toEqual(notes);
    expect(s.arithmetic.length).toBeGreaterThan(0);
  });

  it('writes the arithmetic', () => {
    expect(scoreCriterion(quant(), { value: 45 }, 2026).arithmetic).toBe(
      '20 × min(1, 45 / 50) = 18',
    );
    expect(scoreCriterion(perEvent('bonus'), { events: 4 }, 2026).arithmetic).toBe(
      'min(5, 2 × 4) = 5',
    );
  });

  it('a missing target is skipped or scored on the latest earlier one, never silently', () => {
    const c = quant({
      targets: [
        { year: 2024, value: 40 },
        { year: 2025, value: 50 },
      ],
    });
    const skipped = scoreCriterion(c, { value: 45 }, 2026, 'skip');
    expect(skipped).toMatchObject({ skipped: true, points: 0, notes: ['no_target_skipped'] });
    const earlier = scoreCriterion(c, { value: 45 }, 2026, 'latest_earlier');
    expect(earlier).toMatchObject({
      skipped: false,
      points: 18,
      target: { year: 2025, value: 50 },
    });
    expect(earlier.notes).toEqual(['target_earlier_year']);
    const none = scoreCriterion(
      quant({ targets: [{ year: 2027, value: 1 }] }),
      { value: 1 },
      2026,
      'latest_earlier',
    );
    expect(none.skipped).toBe(true);
  });
});

const content = (criteria: Criterion[], scoring = defaultScoring()): CriteriaContent => ({
  groups: [{ name: { vi: 'A', en: 'A' }, criteria }],
  scoring,
});

describe('report totals and bands', () => {
  it('sums criteria, adds bonus, takes away penalty, never below 0', () => {
    const c = content([quant(), yesNo, perEvent('bonus'), perEvent('penalty')]);
    const r = scoreReport(c, 2026, {
      Q: { value: 45 },
      Y: { met: true },
      B: { events: 1 },
      P: { events: 1 },
    });
    expect(r).toMatchObject({
      base: 28,
      bonus: 2,
      penalty: 2,
      total: 28,
      maxTotal: 30,
      criteriaAtMax: 1,
      penaltyEvents: 1,
    });
    const low = scoreReport(c, 2026, { Q: { value: 0 }, P: { events: 3 } });
    expect(low.total).toBe(0);
  });

  it('a bonus may lift the total above the maximum', () => {
    const r = scoreReport(content([quant(), perEvent('bonus')]), 2026, {
      Q: { value: 50 },
      B: { events: 2 },
    });
    expect(r.total).toBe(24);
    expect(r.maxTotal).toBe(20);
  });

  it('a skipped criterion leaves the maximum too', () => {
    const r = scoreReport(content([quant({ targets: [] }), yesNo]), 2026, { Y: { met: true } });
    expect(r.maxTotal).toBe(10);
    expect(r.share).toBe(1);
  });

  it('bands by share, an extra condition sends the unit one band down and says which', () => {
    const c = content([quant(), yesNo, perEvent('penalty')]);
    expect(scoreReport(c, 2026, { Q: { value: 50 }, Y: { met: true } }).band).toMatchObject({
      code: 'XS',
      decidedBy: { kind: 'share', minShare: 0.9 },
    });
    const penalised = scoreReport(c, 2026, {
      Q: { value: 50 },
      Y: { met: true },
      P: { events: 1 },
    });
    // 28 / 30 ≥ 0.9 but a penalty event: Tốt, decided by the failed condition.
    expect(penalised.band).toMatchObject({
      code: 'T',
      decidedBy: { kind: 'condition_failed', band: 'XS', condition: { kind: 'no_penalty' } },
    });
    const weak = scoreReport(c, 2026, { Q: { value: 50 }, Y: { met: false } });
    expect(weak.band?.code).toBe('HT');
    expect(scoreReport(c, 2026, {}).band?.code).toBe('KHT');
  });

  it('applies only the criteria of the unit kind', () => {
    const c = content([quant({ unitKinds: ['commune'] }), yesNo]);
    expect(scoreReport(c, 2026, { Y: { met: true } }, 'department').maxTotal).toBe(10);
    expect(scoreReport(c, 2026, { Y: { met: true } }, 'commune').maxTotal).toBe(30);
  });
});

describe('scoring settings are validated with the version', () => {
  it('refuses unordered bands, unordered steps and wrong level points', () => {
    const bad = content(
      [
        quant({
          rule: {
            kind: 'steps',
            steps: [
              { atLeastPercent: 90, share: 1 },
              { atLeastPercent: 50, share: 0.5 },
            ],
          },
        }),
        levels([1, 2]),
      ],
      {
        missingTarget: 'skip',
        bands: [
          { code: 'A', name: { vi: 'A', en: 'A' }, minShare: 0.5, conditions: [] },
          { code: 'B', name: { vi: 'B', en: 'B' }, minShare: 0.8, conditions: [] },
        ],
      },
    );
    const r = validateContent(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual([
      'groups.0.criteria.0.rule.steps',
      'groups.0.criteria.1.levelPoints',
      'scoring.bands',
    ]);
  });
  it('accepts the defaults and content without scoring', () => {
    expect(validateContent(content([quant(), yesNo])).ok).toBe(true);
    expect(
      validateContent({ groups: [{ name: { vi: 'A', en: '' }, criteria: [quant()] }] }).ok,
    ).toBe(true);
  });
});
