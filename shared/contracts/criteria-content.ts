/**
 * The content of one criteria set version: ordered groups of ordered criteria (issue 3).
 * Strict at every level: the domain validates a saved draft with it (field paths like
 * groups.0.criteria.2.maxPoints) and the API describes versions with it.
 */
import { z } from 'zod';
import { unitKinds } from '../unit-kinds.ts';
import { input } from './common.ts';

/** Criterion kinds of issue 3: measured, judged, or counted per event. */
export const criterionKinds = ['quantitative', 'qualitative', 'bonus', 'penalty'] as const;
export type CriterionKind = (typeof criterionKinds)[number];
export const directions = ['higher', 'lower'] as const;
export const aggregations = ['sum', 'average', 'weighted_average', 'none'] as const;
export const qualitativeScales = ['yes_no', 'levels'] as const;
export const sourceKinds = ['plan_clause', 'department_decision'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const localized = input({ vi: text(2000), en: z.string().trim().max(2000) });
const points = z.number().positive().max(1000);

const common = {
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9._-]+$/),
  name: localized,
  maxPoints: points,
  /** Empty: the criterion applies to every kind of unit. */
  unitKinds: z.array(z.enum(unitKinds)).max(unitKinds.length),
  source: input({ kind: z.enum(sourceKinds), reference: text(300) }),
};

/**
 * How a quantitative criterion turns its value into points (issue 10). `proportional`
 * (the default when absent): higher → max × min(1, value/target), lower → max × min(1,
 * target/value). `steps`: ordered thresholds of achievement (value/target, or target/value
 * when lower is better, in percent), each giving a share (0–1) of the maximum; the highest
 * threshold reached applies, below every threshold scores 0.
 */
export const quantitativeRuleSchema = z.discriminatedUnion('kind', [
  input({ kind: z.literal('proportional') }),
  input({
    kind: z.literal('steps'),
    steps: z
      .array(
        input({ atLeastPercent: z.number().min(0).max(10_000), share: z.number().min(0).max(1) }),
      )
      .min(1)
      .max(20),
  }),
]);
export type QuantitativeRule = z.infer<typeof quantitativeRuleSchema>;

const quantitative = input({
  ...common,
  kind: z.literal('quantitative'),
  /** Absent: proportional. */
  rule: quantitativeRuleSchema.optional(),
  indicator: text(500),
  /** Unit of measure as shown to users, e.g. "%", "km", "công trình". */
  measure: text(60),
  direction: z.enum(directions),
  targets: z.array(input({ year: z.int32().min(2000).max(2100), value: z.number() })).max(50),
  aggregation: z.enum(aggregations),
});

const qualitative = input({
  ...common,
  kind: z.literal('qualitative'),
  scale: z.enum(qualitativeScales),
  /** The ordered levels when scale is "levels", best first. */
  levels: z.array(text(200)).max(10),
  /** Explicit points per level (same order as levels); absent: evenly spaced from max to 0. */
  levelPoints: z.array(z.number().min(0).max(1000)).max(10).optional(),
  evidenceRequired: z.boolean(),
});

const perEvent = {
  pointsPerEvent: points,
  /** The most points the events of one period can add (bonus) or take away (penalty). */
  cap: points,
};
const bonus = input({ ...common, kind: z.literal('bonus'), ...perEvent });
const penalty = input({ ...common, kind: z.literal('penalty'), ...perEvent });

export const criterionSchema = z.discriminatedUnion('kind', [
  quantitative,
  qualitative,
  bonus,
  penalty,
]);

export const groupSchema = input({
  name: localized,
  criteria: z.array(criterionSchema).max(200),
});

/** What a band may require beyond its share of the maximum total. */
export const bandConditionSchema = z.discriminatedUnion('kind', [
  /** No quantitative or qualitative criterion scored below this share of its maximum. */
  input({ kind: z.literal('min_criterion_share'), share: z.number().min(0).max(1) }),
  /** No penalty event at all in the period. */
  input({ kind: z.literal('no_penalty') }),
]);
export type BandCondition = z.infer<typeof bandConditionSchema>;

/** A result band (xếp loại), best first: reached at `minShare` of the maximum total. */
export const bandSchema = input({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9._-]+$/),
  name: localized,
  minShare: z.number().min(0).max(1),
  conditions: z.array(bandConditionSchema).max(5),
});
export type Band = z.infer<typeof bandSchema>;

/**
 * What a criterion with no target for the report's year is scored on: `skip` leaves it out
 * of the points and of the maximum; `latest_earlier` uses the latest earlier year's target.
 * Either way the explanation says so.
 */
export const missingTargetPolicies = ['skip', 'latest_earlier'] as const;
export type MissingTargetPolicy = (typeof missingTargetPolicies)[number];

/** The version's scoring settings (issue 10); absent means the defaults below. */
export const scoringSchema = input({
  missingTarget: z.enum(missingTargetPolicies),
  bands: z.array(bandSchema).max(10),
});
export type ScoringSettings = z.infer<typeof scoringSchema>;

/** Four bands of the usual plan (share of the maximum; the lowest takes every total). */
export const defaultScoring = (): ScoringSettings => ({
  missingTarget: 'skip',
  bands: [
    {
      code: 'XS',
      name: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Outstanding' },
      minShare: 0.9,
      conditions: [{ kind: 'min_criterion_share', share: 0.5 }, { kind: 'no_penalty' }],
    },
    {
      code: 'T',
      name: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
      minShare: 0.8,
      conditions: [],
    },
    {
      code: 'HT',
      name: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
      minShare: 0.5,
      conditions: [],
    },
    {
      code: 'KHT',
      name: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
      minShare: 0,
      conditions: [],
    },
  ],
});

/** The whole content of one version: ordered groups of ordered criteria, and how it scores. */
export const contentSchema = input({
  groups: z.array(groupSchema).max(50),
  scoring: scoringSchema.optional(),
});

export type Criterion = z.infer<typeof criterionSchema>;
export type CriteriaGroup = z.infer<typeof groupSchema>;
export type CriteriaContent = z.infer<typeof contentSchema>;

export const emptyContent = (): CriteriaContent => ({ groups: [] });
