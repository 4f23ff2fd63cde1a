/**
 * The movement's plan as one versioned document (issue 18, ADR 0030): purposes, requirements,
 * phases and milestones, content lines, criteria references, targets with baselines and yearly
 * values, sectors with lead bodies, solutions, duties, commendation forms and, from phase 2
 * on, the interim review's findings. A version's content is checked by this schema and the
 * rules of server/domain/plans/validate.ts (paths like `targets.2.values.4.value`).
 */
import { z } from 'zod';
import { input, year } from './common.ts';
import { comparators, directions, measures } from './targets.ts';

export const planSectionKinds = [
  'legal_basis',
  'purpose',
  'requirement',
  'participants',
  'content_intro',
  'content_line',
  'commendation_form',
  'commendation_standard',
  'solution',
  'duty',
  'closing',
  /** The interim review's (sơ kết) findings a phase-2 version is built on. */
  'finding',
] as const;
export type PlanSectionKind = (typeof planSectionKinds)[number];
export const planAreas = ['infrastructure', 'thrift'] as const;
export const milestoneKinds = ['plan_issued', 'interim_review', 'final_review'] as const;

/** Vietnamese is required; English may follow later (the page falls back to Vietnamese). */
export const planText = input({
  vi: z.string().trim().min(1).max(20_000),
  en: z.string().trim().max(20_000),
});
export type PlanText = z.infer<typeof planText>;

const code = z.string().trim().min(1).max(60);
const clause = z.string().trim().min(1).max(40);

export const planSection = input({
  kind: z.enum(planSectionKinds),
  area: z.enum(planAreas).nullable(),
  clause,
  text: planText,
  /** The unit a duty is assigned to, where it names one. */
  unitId: z.uuid().nullable(),
});
export type PlanSection = z.infer<typeof planSection>;

export const planMilestone = input({
  kind: z.enum(milestoneKinds),
  dueYear: year,
  dueQuarter: z.int32().min(1).max(4).nullable(),
  name: planText,
});

export const planPhase = input({
  code,
  name: planText,
  startYear: year,
  endYear: year,
  description: planText,
  milestones: z.array(planMilestone).max(20),
});
export type PlanPhase = z.infer<typeof planPhase>;

/** A yearly value; null is a year opened for a value not yet entered (refused on issue). */
export const planTargetYear = input({
  year,
  value: z.number().nullable(),
  comparator: z.enum(comparators),
  note: planText.nullable(),
});
export type PlanTargetYear = z.infer<typeof planTargetYear>;

export const planTargetItem = input({
  code,
  area: z.enum(planAreas),
  name: planText,
  measure: z.enum(measures),
  direction: z.enum(directions),
  clause,
  /** The plan's sentence the target comes from (Vietnamese). */
  source: z.string().trim().max(5000),
  baselineYear: year.nullable(),
  baselineValue: z.number().nullable(),
  values: z.array(planTargetYear).max(50),
});
export type PlanTargetItem = z.infer<typeof planTargetItem>;

export const planCriterionRef = input({ code, text: planText });
export const planCategoryItem = input({
  code,
  clause,
  name: planText,
  groups: z
    .array(input({ code, name: planText, criteria: z.array(planCriterionRef).max(100) }))
    .max(20),
});
export type PlanCategoryItem = z.infer<typeof planCategoryItem>;

export const planSectorItem = input({
  code,
  name: planText,
  duty: planText,
  /** The lead body as the version names it (followed to today's successor when shown). */
  leadUnitId: z.uuid(),
  extra: z.unknown().nullable(),
});
export type PlanSectorItem = z.infer<typeof planSectorItem>;

export const planContentSchema = input({
  title: planText,
  startYear: year,
  endYear: year,
  sections: z.array(planSection).max(500),
  phases: z.array(planPhase).max(10),
  categories: z.array(planCategoryItem).max(20),
  targets: z.array(planTargetItem).max(200),
  sectors: z.array(planSectorItem).max(50),
  /** "Nơi nhận" of the plan's document, as printed. */
  recipients: z.array(z.string().trim().min(1).max(300)).max(60),
  /** What follows "Lưu:" under the recipients, e.g. "VT, Th3". */
  archive: z.string().trim().max(100),
});
export type PlanContent = z.infer<typeof planContentSchema>;
