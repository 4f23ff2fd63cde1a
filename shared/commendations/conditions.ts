import { z } from 'zod';
import {
  contributionKinds,
  disciplineSeverities,
  localUnitKinds,
  personCategories,
  ratings,
  recognitionLevels,
} from './catalogue.ts';

/**
 * Eligibility conditions as a small JSON expression tree (all / any / not over leaves), so a
 * province can write its own standards as data. Every leaf may cite the clause it encodes and
 * carry a label that overrides the generated description (useful for attested facts).
 */

const text = z.string().trim().min(1);
/** The clause a rule or leaf encodes; a rule without one is refused (`citation_required`). */
export const citationSchema = z.strictObject(
  {
    instrument: text,
    article: text,
    clause: text.optional(),
    point: text.optional(),
    verified: z.boolean().optional(),
    note: z.string().optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'citation_required' : undefined) },
);
export const localisedSchema = z.strictObject({ vi: text, en: text });
const common = { citation: citationSchema.optional(), label: localisedSchema.optional() };

const rating = z.enum(ratings);
const years = z.int32().min(1).max(50);
const share = z.number().min(0).max(1);
const awardCode = z.string().regex(/^[A-Z0-9_]+$/, 'award code: capital letters, digits and _');
const severity = z.enum(disciplineSeverities);

export const leafSchema = z.discriminatedUnion('kind', [
  /** Rating of the assessment year is at least `min`. */
  z.strictObject({ kind: z.literal('rating_in_year'), min: rating, ...common }),
  /** The `years` years ending with the assessment year are all rated at least `min`. */
  z.strictObject({ kind: z.literal('consecutive_years_rating'), min: rating, years, ...common }),
  /** A merit record of `award` for the assessment year. */
  z.strictObject({ kind: z.literal('holds_title_in_year'), award: awardCode, ...common }),
  /** Merit records of `award` for each of the `years` years ending with the assessment year. */
  z.strictObject({ kind: z.literal('title_held_consecutive'), award: awardCode, years, ...common }),
  /** At least one merit record of `award`, within the last `withinYears` years if given. */
  z.strictObject({
    kind: z.literal('award_held'),
    award: awardCode,
    withinYears: years.optional(),
    ...common,
  }),
  /** The subject holds `award` for the assessment year or meets its rule in force ("đạt tiêu chuẩn"). */
  z.strictObject({ kind: z.literal('award_standard_met'), award: awardCode, ...common }),
  z.strictObject({
    kind: z.literal('initiatives_recognised'),
    count: z.int32().min(1).max(100),
    minLevel: z.enum(recognitionLevels),
    windowYears: years,
    types: z
      .array(z.enum(['initiative', 'research']))
      .min(1)
      .optional(),
    ...common,
  }),
  z.strictObject({
    kind: z.literal('no_discipline'),
    minSeverity: severity,
    windowYears: years,
    ...common,
  }),
  z.strictObject({
    kind: z.literal('members_share_with_title'),
    award: awardCode,
    minShare: share,
    ...common,
  }),
  z.strictObject({
    kind: z.literal('members_share_with_rating'),
    min: rating,
    minShare: share,
    ...common,
  }),
  z.strictObject({
    kind: z.literal('members_count_with_title'),
    award: awardCode,
    min: z.int32().min(1),
    ...common,
  }),
  z.strictObject({ kind: z.literal('no_member_discipline'), minSeverity: severity, ...common }),
  z.strictObject({
    kind: z.literal('household_contributed'),
    kinds: z.array(z.enum(contributionKinds)).min(1),
    windowYears: years.optional(),
    ...common,
  }),
  /** Worked months in the assessment year; maternity leave counts as worked (NĐ 152/2025 Đ.4 k.5). */
  z.strictObject({
    kind: z.literal('months_worked_in_year'),
    min: z.number().min(0).max(12),
    ...common,
  }),
  z.strictObject({
    kind: z.literal('subject_category_in'),
    categories: z.array(z.enum(personCategories)).min(1),
    ...common,
  }),
  z.strictObject({
    kind: z.literal('local_unit_kind_in'),
    kinds: z.array(z.enum(localUnitKinds)).min(1),
    ...common,
  }),
  /** A fact the system cannot compute, recorded with its source (minutes, decision, assessment). */
  z.strictObject({
    kind: z.literal('attested'),
    fact: z.string().regex(/^[a-z0-9_]+$/),
    windowYears: years.optional(),
    ...common,
  }),
]);

export type Leaf = z.infer<typeof leafSchema>;
export type LeafKind = Leaf['kind'];

export type Condition =
  | { kind: 'all'; conditions: Condition[] }
  | { kind: 'any'; conditions: Condition[] }
  | { kind: 'not'; condition: Condition }
  | Leaf;

/** Discriminated by `kind`, so a problem is reported where it is (e.g. `conditions.0.min`). */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all'), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ kind: z.literal('any'), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ kind: z.literal('not'), condition: conditionSchema }),
    leafSchema,
  ]),
);

export const isGroup = (c: Condition): c is Extract<Condition, { kind: 'all' | 'any' | 'not' }> =>
  c.kind === 'all' || c.kind === 'any' || c.kind === 'not';

/** Leaves in document order with their path ("0.2.1"), which is how results point back into the tree. */
export function leavesOf(condition: Condition, path = '0'): { path: string; leaf: Leaf }[] {
  if (condition.kind === 'all' || condition.kind === 'any')
    return condition.conditions.flatMap((c, i) => leavesOf(c, `${path}.${i}`));
  if (condition.kind === 'not') return leavesOf(condition.condition, `${path}.0`);
  return [{ path, leaf: condition }];
}

/** Leaves that more history can only turn from missing to met. */
const monotoneLeaves: ReadonlySet<LeafKind> = new Set([
  'rating_in_year',
  'consecutive_years_rating',
  'holds_title_in_year',
  'title_held_consecutive',
  'award_held',
  'initiatives_recognised',
  'members_count_with_title',
  'household_contributed',
  'subject_category_in',
  'local_unit_kind_in',
  'attested',
]);

/**
 * True when adding qualifying records can never turn the condition from met to missing.
 * Shares of members, discipline and worked time are not monotone; `award_standard_met` depends on
 * another rule, so it is treated as not monotone.
 */
export function isMonotone(condition: Condition): boolean {
  if (condition.kind === 'not') return false;
  if (condition.kind === 'all' || condition.kind === 'any')
    return condition.conditions.every(isMonotone);
  return monotoneLeaves.has(condition.kind);
}

/** Award codes a condition refers to, for checking them against the catalogue. */
export function awardsReferenced(condition: Condition): string[] {
  return leavesOf(condition).flatMap(({ leaf }) => ('award' in leaf ? [leaf.award] : []));
}
