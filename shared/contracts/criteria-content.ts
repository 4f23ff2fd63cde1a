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

const quantitative = input({
  ...common,
  kind: z.literal('quantitative'),
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

/** The whole content of one version: ordered groups of ordered criteria. */
export const contentSchema = input({ groups: z.array(groupSchema).max(50) });

export type Criterion = z.infer<typeof criterionSchema>;
export type CriteriaGroup = z.infer<typeof groupSchema>;
export type CriteriaContent = z.infer<typeof contentSchema>;

export const emptyContent = (): CriteriaContent => ({ groups: [] });
