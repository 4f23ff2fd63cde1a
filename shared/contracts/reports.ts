/**
 * A unit's report in a period (ADR 0013): its form, answers and narrative, the workflow's
 * steps (save, submit, return, accept, reopen) and its evidence files. Periods, the board,
 * the roll-up and the workbooks are in report-periods.ts.
 */
import { z } from 'zod';
import { input, localized, person, unitRef, version } from './common.ts';

/** Statuses a stored report can have. */
export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** What the completion board shows for a unit: the stored status, no report yet, or late. */
export const boardStatuses = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'accepted',
  'late',
] as const;
export type BoardStatus = (typeof boardStatuses)[number];

/** A report's status in lists: the stored one, or `not_started` while the unit has none. */
export const listedStatuses = ['not_started', ...reportStatuses] as const;
export type ListedStatus = (typeof listedStatuses)[number];

/** The reviewer's steps; each is recorded as a review. */
export const reviewActions = ['return', 'accept', 'reopen'] as const;
export type ReviewAction = (typeof reviewActions)[number];

/** The free-text sections every report ends with. */
export const narrativeSections = ['results', 'shortcomings', 'proposals'] as const;
export type NarrativeSection = (typeof narrativeSections)[number];

/*
 * The criterion shapes a form field takes, as the criteria content defines them
 * (domain/reports/form.ts builds the form from server/domain/criteria/content.ts, so a kind,
 * scale or aggregation added there and not here fails its type check).
 */
export const aggregations = ['sum', 'average', 'weighted_average', 'none'] as const;
export type Aggregation = (typeof aggregations)[number];
const scales = ['yes_no', 'levels'] as const;

export const reportParams = input({ id: z.uuid(), unitId: z.uuid() });

/** Members are checked against the criterion in the domain, so every mistake is keyed `answers.<code>`. */
const answerInput = input({
  value: z.unknown().optional(),
  met: z.unknown().optional(),
  level: z.unknown().optional(),
  events: z.unknown().optional(),
  note: z.string().max(2000).optional(),
});
const sectionText = z.string().max(20_000).default('');
const narrativeInput = input({
  results: sectionText,
  shortcomings: sectionText,
  proposals: sectionText,
} satisfies Record<NarrativeSection, z.ZodType>);

export const saveBody = input({
  answers: z.record(z.string().trim().min(1).max(40), answerInput),
  narrative: narrativeInput,
  /** The version read; omitted while the unit has no report yet. */
  version: version.optional(),
});
export type SaveInput = z.input<typeof saveBody>;

export const versionBody = input({ version });
/** Not strict: a browser sends many headers besides the key. */
export const submitHeaders = z.object({ 'idempotency-key': z.string().trim().min(8).max(200) });
export const returnBody = input({
  version,
  /** Field key (`answers.<code>`, `evidence.<code>`, `narrative.<section>`) → reason. */
  reasons: z.record(z.string().min(1).max(100), z.string().trim().max(2000)),
  note: z.string().trim().max(2000).optional(),
});
export type ReturnInput = z.input<typeof returnBody>;
export const acceptBody = input({ version, note: z.string().trim().max(2000).optional() });
export type AcceptInput = z.input<typeof acceptBody>;
export const reopenBody = input({ version, reason: z.string().trim().min(1).max(2000) });
export type ReopenInput = z.input<typeof reopenBody>;

/**
 * One answer, keyed by criterion code. Which member is used depends on the criterion:
 * quantitative `value`, qualitative yes/no `met`, levels `level`, bonus and penalty `events`
 * (the note then describes the events).
 */
export const answer = z.object({
  value: z.number().nullable().optional(),
  met: z.boolean().nullable().optional(),
  level: z.string().nullable().optional(),
  events: z.int32().optional(),
  note: z.string().optional(),
});
export type Answer = z.infer<typeof answer>;
export type Answers = Record<string, Answer>;

export const narrative = z.object({
  results: z.string(),
  shortcomings: z.string(),
  proposals: z.string(),
} satisfies Record<NarrativeSection, z.ZodType>);
export type Narrative = z.infer<typeof narrative>;

const fieldBase = {
  /** The field's key in errors and return reasons: `answers.<code>`. */
  key: z.string(),
  code: z.string(),
  name: localized,
  maxPoints: z.number(),
};
/** One field of the report form: a criterion that applies to the unit, by its kind. */
export const formField = z.discriminatedUnion('kind', [
  z.object({
    ...fieldBase,
    kind: z.literal('quantitative'),
    indicator: z.string(),
    measure: z.string(),
    direction: z.enum(['higher', 'lower']),
    aggregation: z.enum(aggregations),
    /** The criterion's target for the period's year, null when it has none that year. */
    target: z.number().nullable(),
    /** The value the unit committed to in its registration, null when none. */
    committed: z.number().nullable(),
  }),
  z.object({
    ...fieldBase,
    kind: z.literal('qualitative'),
    scale: z.enum(scales),
    /** The ordered levels when the scale is `levels`, best first. */
    levels: z.array(z.string()),
    evidenceRequired: z.boolean(),
  }),
  z.object({
    ...fieldBase,
    kind: z.enum(['bonus', 'penalty']),
    pointsPerEvent: z.number(),
    cap: z.number(),
  }),
]);
export type FormField = z.infer<typeof formField>;
export const formSection = z.object({ group: localized, fields: z.array(formField) });
export type FormSection = z.infer<typeof formSection>;

export const evidenceResponse = z.object({
  id: z.uuid(),
  /** The criterion the file supports; null for the report as a whole. */
  criterionCode: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.int32(),
  uploadedAt: z.string(),
  uploadedBy: person,
  url: z.string(),
});
export type EvidenceResponse = z.infer<typeof evidenceResponse>;

export const reportAbilities = z.object({
  save: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  accept: z.boolean(),
  reopen: z.boolean(),
  upload: z.boolean(),
  /** Tell the unit's head the report is ready to send (an officer, who cannot send). */
  notifyReady: z.boolean().optional(),
});

/** POST …/reports/:unitId/ready: how many heads were told (0 when told already for this version). */
export const readyResponse = z.object({ notified: z.int32() });
export type ReadyResponse = z.infer<typeof readyResponse>;

/** A unit's report (or its absence) in a list. */
export const summaryResponse = z.object({
  /** null while the unit has no report yet. */
  id: z.uuid().nullable(),
  periodId: z.uuid(),
  unit: unitRef,
  status: z.enum(listedStatuses),
  /** The status as the board shows it: `late` once the deadline passed without a submission. */
  boardStatus: z.enum(boardStatuses),
  submittedAt: z.string().nullable(),
  submittedLate: z.boolean(),
  acceptedAt: z.string().nullable(),
  /** null while the unit has no report yet (send no version with the first save). */
  version: z.int32().nullable(),
  abilities: reportAbilities,
});
export type SummaryResponse = z.infer<typeof summaryResponse>;

/** The actor's own units' reports, and the ones sent in that it reviews. */
export const reportListResponse = z.object({
  mine: z.array(summaryResponse),
  reviewable: z.array(summaryResponse),
});
export type ReportListResponse = z.infer<typeof reportListResponse>;

export const review = z.object({
  action: z.enum(reviewActions),
  reasons: z.record(z.string(), z.string()).nullable(),
  note: z.string().nullable(),
  at: z.string(),
  by: person,
  byName: z.string(),
});
export type Review = z.infer<typeof review>;

export const reportResponse = summaryResponse.extend({
  locked: z.boolean(),
  criteriaSet: z.object({ id: z.uuid(), code: z.string(), name: localized, version: z.int32() }),
  form: z.array(formSection),
  answers: z.record(z.string(), answer),
  narrative,
  /** The reviewer's reason per field key while the report is returned. */
  returnReasons: z.record(z.string(), z.string()).nullable(),
  evidence: z.array(evidenceResponse),
  reviews: z.array(review),
  submissions: z.int32(),
  /** The largest evidence file accepted, in MB (EVIDENCE_MAX_MB). */
  evidenceMaxMb: z.int32(),
});
export type ReportResponse = z.infer<typeof reportResponse>;
