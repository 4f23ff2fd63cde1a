/** The movement's plan as the public reads it: GET /api/public/movements[/:code]. */
import { z } from 'zod';
import { localized, section, unitName } from './common.ts';

export const areas = ['infrastructure', 'thrift'] as const;
export type Area = (typeof areas)[number];

export const milestone = z.object({
  kind: z.string(),
  dueYear: z.int32(),
  dueQuarter: z.int32().nullable(),
  name: localized,
});
export type Milestone = z.infer<typeof milestone>;

export const phase = z.object({
  code: z.string(),
  name: localized,
  startYear: z.int32(),
  endYear: z.int32(),
  description: localized,
  milestones: z.array(milestone),
});
export type Phase = z.infer<typeof phase>;

export const contentLine = section.extend({ area: z.enum(areas) });
export type ContentLine = z.infer<typeof contentLine>;

export const planTargetValue = z.object({
  year: z.int32(),
  value: z.number(),
  /** ≥ ≤ < > ≈ = */
  comparator: z.string(),
  note: localized.nullable(),
  /** The plan version that set this value (issue 18); absent before versions existed. */
  setBy: z.int32().nullable().optional(),
});
export type PlanTargetValue = z.infer<typeof planTargetValue>;

/** A province target as the plan states it (status and actuals live in targets.ts). */
export const planTarget = z.object({
  code: z.string(),
  area: z.string(),
  name: localized,
  /** percent | count | percent_change | done */
  measure: z.string(),
  direction: z.string(),
  clause: z.string(),
  /** The plan's sentence, verbatim (Vietnamese). */
  source: z.string(),
  baselineYear: z.int32().nullable(),
  baselineValue: z.number().nullable(),
  values: z.array(planTargetValue),
});
export type PlanTarget = z.infer<typeof planTarget>;

export const movementSummary = z.object({
  code: z.string(),
  title: localized,
  startYear: z.int32(),
  endYear: z.int32(),
  phases: z.array(phase),
  contentLines: z.array(contentLine),
  targets: z.array(planTarget),
});
export type MovementSummary = z.infer<typeof movementSummary>;

export const duty = section.extend({
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
});
export type Duty = z.infer<typeof duty>;

export const planCategory = z.object({
  code: z.string(),
  clause: z.string(),
  name: localized,
  groups: z.array(
    z.object({
      code: z.string(),
      name: localized,
      criteria: z.array(z.object({ code: z.string(), text: localized })),
    }),
  ),
});
export type PlanCategory = z.infer<typeof planCategory>;

export const sector = z.object({
  code: z.string(),
  name: localized,
  duty: localized,
  leadUnit: unitName,
  currentLead: unitName.nullable(),
});
export type Sector = z.infer<typeof sector>;

export const movementDetail = movementSummary.extend({
  document: z.string().nullable(),
  signer: z.string().nullable(),
  issuer: unitName.nullable(),
  legalBases: z.array(section),
  purposes: z.array(section),
  requirements: z.array(section),
  solutions: z.array(section),
  commendationForms: z.array(section),
  duties: z.array(duty),
  categories: z.array(planCategory),
  sectors: z.array(sector),
});
export type MovementDetail = z.infer<typeof movementDetail>;

export const movementCodeParams = z.strictObject({ code: z.string().min(1).max(100) });
export const movementList = z.array(movementSummary);
