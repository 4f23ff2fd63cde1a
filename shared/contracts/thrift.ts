/** THTK-CLP programmes, savings and violations (issue 14). */
import { z } from 'zod';
import { input, isoDay, uuid, version, year } from './common.ts';
import { wasteCategories } from '../waste.ts';
import { disciplineSeverities } from '../commendations/types.ts';

/** The plan's seven areas (the waste categories without "other"). */
export const thriftCategories = wasteCategories.filter((c) => c !== 'other') as Exclude<
  (typeof wasteCategories)[number],
  'other'
>[];
const category = z.enum(wasteCategories).refine((c) => c !== 'other');
const money = z.number().min(0).max(1e15);

const target = input({
  category,
  text: z.string().trim().min(1).max(2000),
  amount: money.optional(),
});

export const programmeBody = input({
  unitId: uuid,
  kind: z.enum(['yearly', 'long_term']),
  startYear: year,
  endYear: year,
  parentId: uuid.optional(),
  title: z.string().trim().min(1).max(500),
  targets: z.array(target).max(50),
});
export const programmeUpdateBody = input({
  title: z.string().trim().min(1).max(500),
  targets: z.array(target).max(50),
  version,
});
export const programmeIssueBody = input({
  decisionNumber: z.string().trim().min(1).max(100),
  decisionDate: isoDay,
  version,
});
export const programme = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: z.enum(['yearly', 'long_term']),
  startYear: z.int32(),
  endYear: z.int32(),
  parentId: z.string().nullable(),
  title: z.string(),
  targets: z.array(
    z.object({ category: z.string(), text: z.string(), amount: z.number().optional() }),
  ),
  status: z.enum(['draft', 'issued']),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  version: z.int32(),
  abilities: z.object({ edit: z.boolean(), issue: z.boolean() }),
});
export type Programme = z.infer<typeof programme>;
export const programmeList = z.object({ programmes: z.array(programme) });
export const programmeQuery = input({
  unitId: uuid.optional(),
  year: z.coerce.number().pipe(year).optional(),
});

export const savingBody = input({
  unitId: uuid,
  year,
  category,
  amount: money,
  evidence: z.string().trim().min(1).max(2000),
  note: z.string().trim().max(2000).optional(),
  version: version.optional(),
});
export const saving = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.int32(),
  category: z.string(),
  amount: z.number(),
  evidence: z.string(),
  note: z.string().nullable(),
  version: z.int32(),
});
export const savingList = z.object({ savings: z.array(saving) });
export const savingQuery = input({
  unitId: uuid.optional(),
  year: z.coerce.number().pipe(year).optional(),
});

export const violationBody = input({
  unitId: uuid,
  foundOn: isoDay,
  category,
  inspectingBody: z.string().trim().min(1).max(300),
  finding: z.string().trim().min(1).max(4000),
  amount: money,
  decisionNumber: z.string().trim().max(100).optional(),
  decisionDate: isoDay.optional(),
});
export const violationHandleBody = input({
  measures: z.string().trim().min(1).max(4000),
  amountRecovered: money,
  decisionNumber: z.string().trim().min(1).max(100),
  decisionDate: isoDay,
  disciplined: z
    .array(
      input({
        personId: uuid,
        severity: z.enum(disciplineSeverities),
        decidedOn: isoDay,
        endsOn: isoDay,
      }),
    )
    .max(50),
  /** What the decision makes public; published with the figures, nothing else. */
  publicSummary: z.string().trim().min(1).max(4000),
  version,
});
export const violation = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  foundOn: z.string(),
  category: z.string(),
  inspectingBody: z.string(),
  finding: z.string(),
  amount: z.number(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  measures: z.string().nullable(),
  amountRecovered: z.number().nullable(),
  disciplinedCount: z.int32(),
  status: z.enum(['open', 'handled']),
  publicSummary: z.string().nullable(),
  version: z.int32(),
});
export const violationList = z.object({ violations: z.array(violation) });

export const publicThrift = z.object({
  savings: z.array(
    z.object({ year: z.int32(), category: z.string(), amount: z.number(), units: z.int32() }),
  ),
  handledViolations: z.array(
    z.object({
      unitName: z.string(),
      category: z.string(),
      foundOn: z.string(),
      inspectingBody: z.string(),
      amount: z.number(),
      amountRecovered: z.number().nullable(),
      decisionNumber: z.string().nullable(),
      decisionDate: z.string().nullable(),
      publicSummary: z.string().nullable(),
    }),
  ),
});
export type PublicThrift = z.infer<typeof publicThrift>;

export const suggestionQuery = input({ unitId: uuid, year: z.coerce.number().pipe(year) });
export const suggestionList = z.object({
  suggestions: z.array(
    z.object({
      criterionCode: z.string(),
      value: z.union([z.boolean(), z.number(), z.string()]),
      source: z.string(),
      module: z.string(),
    }),
  ),
});
