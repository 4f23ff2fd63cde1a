/**
 * The eligibility answer: which rule applied, every condition met or missing with the records
 * it looked at, what holds the award, and the "who may qualify" list of a unit. The evidence
 * and verdict vocabularies are the domain's (server/domain/commendations imports them here).
 */
import { z } from 'zod';
import {
  awardKinds,
  caseKinds,
  contributionKinds,
  disciplineSeverities,
  ratings,
  recognitionLevels,
  subjectKinds,
} from '../commendations/catalogue.ts';
import { leafSchema } from '../commendations/conditions.ts';
import { locales } from '../locale.ts';
import { input, isoDay, localized, queryYear } from './common.ts';
import { predecessorModes } from './commendation-settings.ts';
import { awardCode, citation } from './commendations.ts';

export const verdicts = ['eligible', 'not_eligible', 'held'] as const;
export type Verdict = (typeof verdicts)[number];

/** Why no rule was applied at all. */
export const noRuleReasons = [
  'no_rule_in_force',
  'award_not_conferrable',
  'subject_kind_mismatch',
] as const;
export type NoRuleReason = (typeof noRuleReasons)[number];

/** Why a record on file was not counted. */
export const notCountedReasons = [
  'non_merit_kind',
  'before_discipline_end',
  'below_level',
  'outside_window',
  'other_type',
  'predecessor_not_counted',
] as const;
export type NotCounted = (typeof notCountedReasons)[number];

/** How another award's standard was found met (or not) for `award_standard_met`. */
export const standardVias = ['held', 'rule', 'none', 'cycle'] as const;
export type StandardVia = (typeof standardVias)[number];

export const missingWhats = [
  'rating',
  'award',
  'initiative',
  'members',
  'contribution',
  'attestation',
] as const;

const counted = { counted: z.boolean(), why: z.enum(notCountedReasons).optional() };
const year = z.int32();

/**
 * Set on a record of a unit merged into the collective, which stood for it that year: the
 * unit's name and id, and `link: 'unverified'` when the merger link is the seeded, unchecked one.
 */
const fromPredecessor = {
  from: z.string().optional(),
  fromUnitId: z.string().optional(),
  link: z.literal('unverified').optional(),
};
export type FromPredecessor = { from?: string; fromUnitId?: string; link?: 'unverified' };

/** The records a condition looked at, counted or not, and what it found missing. */
export const evidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rating'),
    year,
    rating: z.enum(ratings),
    ...counted,
    ...fromPredecessor,
  }),
  z.object({
    kind: z.literal('award'),
    awardCode: z.string(),
    year,
    awardKind: z.enum(awardKinds),
    decisionNo: z.string(),
    decisionDate: z.string(),
    ...counted,
    ...fromPredecessor,
  }),
  z.object({
    kind: z.literal('initiative'),
    id: z.string(),
    title: z.string(),
    type: z.enum(['initiative', 'research']),
    level: z.enum(recognitionLevels),
    recognisedOn: z.string(),
    decisionNo: z.string().optional(),
    ...counted,
  }),
  z.object({
    kind: z.literal('discipline'),
    id: z.string(),
    severity: z.enum(disciplineSeverities),
    decidedOn: z.string(),
    endsOn: z.string(),
    ref: z.string().optional(),
  }),
  z.object({
    kind: z.literal('members'),
    year,
    total: z.int32(),
    matching: z.int32(),
    share: z.number(),
    matchingIds: z.array(z.string()),
    otherIds: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('contribution'),
    id: z.string(),
    contributionKind: z.enum(contributionKinds),
    date: z.string(),
    project: z.string().optional(),
  }),
  z.object({
    kind: z.literal('subject'),
    attribute: z.enum(['category', 'localUnitKind']),
    value: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('worked_time'),
    year,
    months: z.number(),
    maternityDays: z.number(),
    otherAbsenceDays: z.number(),
  }),
  z.object({ kind: z.literal('attestation'), fact: z.string(), year, ref: z.string() }),
  z.object({
    kind: z.literal('standard'),
    awardCode: z.string(),
    via: z.enum(standardVias),
    ruleCode: z.string().optional(),
    decisionNo: z.string().optional(),
  }),
  z.object({
    kind: z.literal('missing'),
    what: z.enum(missingWhats),
    year: year.optional(),
    awardCode: z.string().optional(),
    fact: z.string().optional(),
    ...fromPredecessor,
  }),
]);
export type Evidence = z.infer<typeof evidenceSchema>;

export const ruleRef = z.object({
  code: z.string(),
  citation,
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
});

export const conditionResult = z.object({
  /** Position of the leaf in the rule's condition tree ("0.1.2"). */
  path: z.string(),
  leaf: leafSchema,
  description: localized,
  citation: citation.optional(),
  met: z.boolean(),
  evidence: z.array(evidenceSchema),
});
export type ConditionResult = z.infer<typeof conditionResult>;

export const hold = z.object({
  caseId: z.string(),
  kind: z.enum(caseKinds),
  openedOn: z.string(),
  ref: z.string().optional(),
  citation,
});

export const eligibilityResponse = z.object({
  verdict: z.enum(verdicts),
  awardCode: z.string(),
  subjectKind: z.enum(subjectKinds),
  onDate: z.string(),
  assessmentYear: z.int32(),
  /** The rule version applied; null when none is in force. */
  rule: ruleRef.nullable(),
  reason: z.enum(noRuleReasons).optional(),
  /** Every leaf of the applied rule, met or missing, with the evidence it used. */
  conditions: z.array(conditionResult),
  holds: z.array(hold),
  principles: z.object({
    code: z.string(),
    citations: z.object({
      nonMerit: citation,
      hold: citation,
      maternity: citation,
      disciplineEnd: citation,
    }),
    /** How merged units' records were counted (only for a subject that has them). */
    predecessorRecords: z
      .object({
        mode: z.enum(predecessorModes),
        setBy: z.enum(['office', 'default']),
        citation,
        units: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            mergedOn: z.string(),
            verified: z.boolean(),
          }),
        ),
      })
      .optional(),
  }),
  /** Other standards in force for the same award and subject (e.g. LĐTT for farmers). */
  alternatives: z.array(
    z.object({ rule: ruleRef, met: z.boolean(), metCount: z.int32(), total: z.int32() }),
  ),
});
export type Eligibility = z.infer<typeof eligibilityResponse>;

export const eligibilityQuery = input({
  subjectKind: z.enum(subjectKinds),
  subjectId: z.uuid(),
  award: awardCode,
  date: isoDay,
  /** The year assessed; by default the year in review on `date`. */
  year: queryYear.optional(),
});
export type EligibilityQuery = z.input<typeof eligibilityQuery>;
/** The check as the server reads it (year parsed). */
export type EligibilityInput = z.output<typeof eligibilityQuery>;

export const candidatesQuery = input({
  unitId: z.uuid(),
  year: queryYear,
  award: awardCode,
  date: isoDay.optional(),
  /** Whose list: the unit's people (default), its households, or the unit and the units under it. */
  subjectKind: z.enum(subjectKinds).optional(),
  /** The workbook's language when downloaded through a link (else Accept-Language). */
  lang: z.enum(locales).optional(),
});
export type CandidatesQuery = z.input<typeof candidatesQuery>;
export type CandidatesInput = Omit<z.output<typeof candidatesQuery>, 'lang'>;

export const candidate = z.object({
  subjectId: z.uuid(),
  subjectKind: z.enum(subjectKinds),
  name: z.string(),
  result: eligibilityResponse,
});
export type Candidate = z.infer<typeof candidate>;

export const candidatesResponse = z.object({ candidates: z.array(candidate) });
export type CandidatesResponse = z.infer<typeof candidatesResponse>;
