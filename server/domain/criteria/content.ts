import { z } from 'zod';
import { unitKinds } from '../../../shared/unit-kinds.ts';

/** Criterion kinds of issue 3: measured, judged, or counted per event. */
export const criterionKinds = ['quantitative', 'qualitative', 'bonus', 'penalty'] as const;
export type CriterionKind = (typeof criterionKinds)[number];
export const directions = ['higher', 'lower'] as const;
export const aggregations = ['sum', 'average', 'weighted_average', 'none'] as const;
export const qualitativeScales = ['yes_no', 'levels'] as const;
export const sourceKinds = ['plan_clause', 'department_decision'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const localized = z.object({ vi: text(2000), en: z.string().trim().max(2000) }).strict();
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
  source: z.object({ kind: z.enum(sourceKinds), reference: text(300) }).strict(),
};

const quantitative = z
  .object({
    ...common,
    kind: z.literal('quantitative'),
    indicator: text(500),
    /** Unit of measure as shown to users, e.g. "%", "km", "công trình". */
    measure: text(60),
    direction: z.enum(directions),
    targets: z
      .array(z.object({ year: z.int().min(2000).max(2100), value: z.number() }).strict())
      .max(50),
    aggregation: z.enum(aggregations),
  })
  .strict();

const qualitative = z
  .object({
    ...common,
    kind: z.literal('qualitative'),
    scale: z.enum(qualitativeScales),
    /** The ordered levels when scale is "levels", best first. */
    levels: z.array(text(200)).max(10),
    evidenceRequired: z.boolean(),
  })
  .strict();

const perEvent = {
  pointsPerEvent: points,
  /** The most points the events of one period can add (bonus) or take away (penalty). */
  cap: points,
};
const bonus = z.object({ ...common, kind: z.literal('bonus'), ...perEvent }).strict();
const penalty = z.object({ ...common, kind: z.literal('penalty'), ...perEvent }).strict();

export const criterionSchema = z.discriminatedUnion('kind', [
  quantitative,
  qualitative,
  bonus,
  penalty,
]);

export const groupSchema = z
  .object({
    name: localized,
    criteria: z.array(criterionSchema).max(200),
  })
  .strict();

/** The whole content of one version: ordered groups of ordered criteria. */
export const contentSchema = z.object({ groups: z.array(groupSchema).max(50) }).strict();

export type Criterion = z.infer<typeof criterionSchema>;
export type CriteriaGroup = z.infer<typeof groupSchema>;
export type CriteriaContent = z.infer<typeof contentSchema>;

export const emptyContent = (): CriteriaContent => ({ groups: [] });
