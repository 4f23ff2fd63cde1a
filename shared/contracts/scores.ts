/**
 * Scores, rankings and published results (issue 10, ADR 0033–0034). A unit reads its own
 * explanation; others read only published totals; the emulation office reads all.
 */
import { z } from 'zod';
import { input, isoDay, localized, queryYear, unitName } from './common.ts';
import { bandConditionSchema, contentSchema, criterionKinds } from './criteria-content.ts';
import { answer } from './reports.ts';

export const scoreRules = [
  'proportional',
  'steps',
  'yes_no',
  'levels',
  'level_points',
  'per_event',
] as const;
export const scoreNotes = [
  'missing_value',
  'no_target_skipped',
  'target_earlier_year',
  'capped',
  'below_every_step',
  'not_met',
] as const;
export const tieBreaks = ['total', 'criteria_at_max', 'penalty_events', 'first_submission'] as const;
export const rankingScopes = ['block', 'category'] as const;
export type RankingScope = (typeof rankingScopes)[number];

export const yearQuery = input({ year: queryYear });
export const publicRankingsQuery = input({
  year: queryYear,
  revision: z.coerce.number().pipe(z.int32().min(1)).optional(),
});
export const unitScoreParams = input({ unitId: z.uuid() });
export const recomputeBody = input({ year: z.int32().min(1900).max(2200) });
export const publishBody = input({
  year: z.int32().min(1900).max(2200),
  /** Required from the second publication on: why the results are corrected. */
  reason: z.string().trim().max(2000).optional(),
});
export const windowBody = input({
  year: z.int32().min(1900).max(2200),
  opensOn: isoDay,
  closesOn: isoDay,
});
export const objectionBody = input({
  year: z.int32().min(1900).max(2200),
  criterionCode: z.string().trim().min(1).max(40).optional(),
  note: z.string().trim().min(1).max(4000),
});

export const criterionScore = z.object({
  code: z.string(),
  name: localized,
  kind: z.enum(criterionKinds),
  value: z.union([z.number(), z.boolean(), z.string()]).nullable(),
  target: z.object({ year: z.int32(), value: z.number() }).nullable(),
  rule: z.enum(scoreRules),
  arithmetic: z.string(),
  points: z.number(),
  max: z.number(),
  skipped: z.boolean(),
  notes: z.array(z.enum(scoreNotes)),
});
export type CriterionScoreView = z.infer<typeof criterionScore>;

export const bandDecision = z.object({
  code: z.string(),
  name: localized,
  decidedBy: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('share'), share: z.number(), minShare: z.number() }),
    z.object({
      kind: z.literal('condition_failed'),
      band: z.string(),
      condition: bandConditionSchema,
      criterion: z.string().optional(),
    }),
  ]),
});

export const explanation = z.object({
  total: z.number(),
  maxTotal: z.number(),
  share: z.number(),
  base: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  penaltyEvents: z.int32(),
  criteriaAtMax: z.int32(),
  criteria: z.array(criterionScore),
  band: bandDecision.nullable(),
  missingTarget: z.enum(['skip', 'latest_earlier']),
});
export type Explanation = z.infer<typeof explanation>;

export const unitScoreResponse = z.object({
  unit: unitName,
  year: z.int32(),
  score: z
    .object({
      reportId: z.uuid(),
      periodId: z.uuid(),
      criteriaSetId: z.uuid(),
      criteriaVersion: z.int32(),
      inputHash: z.string(),
      computedAt: z.string(),
      explanation,
    })
    .nullable(),
  window: z.object({ opensOn: z.string(), closesOn: z.string() }).nullable(),
  objections: z.array(
    z.object({
      id: z.uuid(),
      criterionCode: z.string().nullable(),
      note: z.string(),
      at: z.string(),
      by: z.string(),
    }),
  ),
  abilities: z.object({ object: z.boolean() }),
});
export type UnitScoreResponse = z.infer<typeof unitScoreResponse>;

export const rankingRow = z.object({
  rank: z.int32(),
  unit: unitName,
  total: z.number(),
  maxTotal: z.number(),
  band: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The block's proposal for the provincial emulation flag (Cờ thi đua của UBND tỉnh). */
  leader: z.boolean(),
  decidedBy: z.enum(tieBreaks).nullable(),
  abilities: z.object({ explain: z.boolean() }),
});
export type RankingRow = z.infer<typeof rankingRow>;

export const ranking = z.object({
  scope: z.object({ kind: z.enum(rankingScopes), id: z.uuid(), name: z.string() }),
  rows: z.array(rankingRow),
});
export type Ranking = z.infer<typeof ranking>;

export const publication = z.object({
  revision: z.int32(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  reason: z.string().nullable(),
});
export type Publication = z.infer<typeof publication>;

/** Live rankings for the office; published ones (and the actor's own units live) for others. */
export const rankingsResponse = z.object({
  year: z.int32(),
  live: z.boolean(),
  publications: z.array(publication),
  rankings: z.array(ranking),
  window: z.object({ opensOn: z.string(), closesOn: z.string() }).nullable(),
  abilities: z.object({ publish: z.boolean(), recompute: z.boolean(), setWindow: z.boolean() }),
});
export type RankingsResponse = z.infer<typeof rankingsResponse>;

export const recomputeResponse = z.object({
  year: z.int32(),
  scored: z.int32(),
  written: z.int32(),
  unchanged: z.int32(),
  removed: z.int32(),
});
export type RecomputeResponse = z.infer<typeof recomputeResponse>;

export const publicRankingRow = z.object({
  scope: z.enum(rankingScopes),
  block: z.string(),
  unit: z.string(),
  total: z.number(),
  band: z.string().nullable(),
  rank: z.int32(),
  leader: z.boolean(),
  revision: z.int32(),
});
export const publicRankingsResponse = z.object({
  year: z.int32(),
  revision: z.int32(),
  publishedAt: z.string(),
  reason: z.string().nullable(),
  revisions: z.array(z.object({ revision: z.int32(), publishedAt: z.string(), reason: z.string().nullable() })),
  rows: z.array(publicRankingRow),
});
export type PublicRankingsResponse = z.infer<typeof publicRankingsResponse>;

/** The criteria editor's preview: score sample answers under a draft content (nothing stored). */
export const previewBody = input({
  content: contentSchema,
  year: z.int32().min(1900).max(2200),
  // A request: each sample answer is strict, as every request object is (an unknown key is a 400).
  answers: z.record(z.string().max(40), input(answer.shape)),
});
export type PreviewBody = z.infer<typeof previewBody>;
