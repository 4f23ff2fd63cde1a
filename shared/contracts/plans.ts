/**
 * Versions of a movement's plan (issue 18, ADR 0030): list, read, save a draft, issue it by a
 * decision, start a new version (or the phase-2 version), diff two versions; the public plan
 * in force on a day.
 */
import { z } from 'zod';
import { input, isoDay, localized, section, version } from './common.ts';
import { movementDetail } from './movements.ts';
import { planContentSchema, planText } from './plan-content.ts';

/** A version is drafted, issued once by a decision, and superseded by the next one issued. */
export const planVersionStatuses = ['draft', 'issued', 'superseded'] as const;
export type PlanVersionStatus = (typeof planVersionStatuses)[number];
/** What issued a version: the plan document itself (version 1) or a later decision. */
export const instrumentKinds = ['plan', 'decision'] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];
/** Fields a source may leave unstated; they are shown as unknown, never made up. */
export const decisionFields = ['number', 'date', 'signerName', 'signerTitle'] as const;
export type DecisionField = (typeof decisionFields)[number];

const versionNumber = z.coerce.number().pipe(version);
export const planCodeParams = input({ code: z.string().min(1).max(100) });
export const planVersionParams = input({ code: z.string().min(1).max(100), n: versionNumber });
export const planDiffQuery = input({ from: versionNumber, to: versionNumber });
/** `asOf` is a Vietnam day; omitted, today. */
export const publicPlanQuery = input({ asOf: isoDay.optional() });

export const savePlanBody = input({ revision: version, content: z.unknown() });
export type SavePlanInput = z.input<typeof savePlanBody>;

export const issuePlanBody = input({
  revision: version,
  decisionNumber: z.string().trim().min(1).max(60),
  decisionDate: isoDay,
  signerName: z.string().trim().min(1).max(120),
  /** e.g. "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
  signerTitle: z.string().trim().min(1).max(200),
});
export type IssuePlanInput = z.input<typeof issuePlanBody>;

/** `phase` opens that phase's years for new target values and attaches the findings. */
export const newPlanVersionBody = input({
  from: version,
  phase: z.string().trim().min(1).max(60).optional(),
  findings: z.array(planText).max(50).optional(),
});
export type NewPlanVersionInput = z.input<typeof newPlanVersionBody>;

export const planDecision = z.object({
  kind: z.enum(instrumentKinds),
  number: z.string().nullable(),
  date: isoDay.nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  /** What the source does not state (the seeded plan carries no number or date). */
  unknown: z.array(z.enum(decisionFields)),
});
export type PlanDecision = z.infer<typeof planDecision>;

export const planVersionSummary = z.object({
  number: z.int32(),
  status: z.enum(planVersionStatuses),
  basedOn: z.int32().nullable(),
  decision: planDecision.nullable(),
  /** In force from this day (the decision's date); null: from the movement's start. */
  effectiveFrom: isoDay.nullable(),
  /** The day the next issued version took over; null while in force. */
  effectiveTo: isoDay.nullable(),
  updatedAt: z.string(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummary>;

const movementRef = z.object({ code: z.string(), title: localized });

export const planVersionResponse = planVersionSummary.extend({
  movement: movementRef,
  revision: z.int32(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  content: planContentSchema,
  versions: z.array(planVersionSummary),
  abilities: z.object({
    save: z.boolean(),
    issue: z.boolean(),
    newVersion: z.boolean(),
  }),
});
export type PlanVersionResponse = z.infer<typeof planVersionResponse>;

export const planVersionList = z.object({
  movement: movementRef,
  versions: z.array(planVersionSummary),
  /** The version in force today. */
  inForce: z.int32().nullable(),
  /** The phases a new version can open (those not begun before today's year + 1). */
  phases: z.array(
    z.object({ code: z.string(), name: localized, startYear: z.int32(), endYear: z.int32() }),
  ),
  abilities: z.object({ newVersion: z.boolean() }),
});
export type PlanVersionList = z.infer<typeof planVersionList>;

export const planDiffParts = [
  'header',
  'sections',
  'phases',
  'categories',
  'targets',
  'sectors',
  'recipients',
] as const;
export type PlanDiffPart = (typeof planDiffParts)[number];

const shown = z.string().nullable();
/** One change, as text on both sides (for side-by-side display). */
export const planChange = z.object({
  part: z.enum(planDiffParts),
  key: z.string(),
  label: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: shown,
  after: shown,
  fields: z.array(z.object({ field: z.string(), before: shown, after: shown })),
});
export type PlanChange = z.infer<typeof planChange>;

export const planDiffResponse = z.object({
  movement: movementRef,
  from: planVersionSummary,
  to: planVersionSummary,
  changes: z.array(planChange),
});
export type PlanDiffResponse = z.infer<typeof planDiffResponse>;

/** The public plan: the version in force on `asOf`, which version that is, and the others. */
export const publicPlanDetail = movementDetail.extend({
  /** The interim review's findings a later version was built on (empty in version 1). */
  findings: z.array(section),
  asOf: isoDay,
  version: planVersionSummary,
  versions: z.array(planVersionSummary),
});
export type PublicPlanDetail = z.infer<typeof publicPlanDetail>;
